namespace Hw3.Kit.Sampling;

/// <summary>The mean of some draws and its standard error: what a Monte Carlo check compares, with its own noise.</summary>
public readonly record struct MeanEstimate(double Mean, double StandardError, int Count)
{
    public static MeanEstimate Of(IReadOnlyList<double> draws)
    {
        var n = draws.Count;
        var mean = draws.Average();
        var variance = n > 1 ? draws.Sum(d => (d - mean) * (d - mean)) / (n - 1) : 0.0;
        return new MeanEstimate(mean, Math.Sqrt(variance / n), n);
    }

    /// <summary>Whether <paramref name="value"/> is within <paramref name="errors"/> standard errors (of this estimate and of another one) of the mean.</summary>
    public bool Agrees(double value, double errors, double otherError = 0, double floor = 1e-9) =>
        Math.Abs(value - Mean) <= errors * Math.Sqrt(StandardError * StandardError + otherError * otherError) + floor;
}
