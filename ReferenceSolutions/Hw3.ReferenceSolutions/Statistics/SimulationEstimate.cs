using MathNet.Numerics.Statistics;

namespace Hw3.ReferenceSolutions.Statistics;

/// <summary>A Monte Carlo estimate of an expectation: the sample mean, its standard error, and how many draws.</summary>
public readonly record struct SimulationEstimate(double Mean, double StandardError, int Trials)
{
    /// <summary>The estimate of E[X] from independent draws of X (needs at least two, for the standard error).</summary>
    public static SimulationEstimate FromSamples(IEnumerable<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var moments = new RunningStatistics(samples);
        if (moments.Count < 2)
        {
            throw new ArgumentException($"a standard error needs at least 2 samples; got {moments.Count}", nameof(samples));
        }

        return new SimulationEstimate(moments.Mean, Math.Sqrt(moments.Variance / moments.Count), (int)moments.Count);
    }

    /// <summary>The estimate of E[c·X]: mean and standard error both scale by |c|.</summary>
    public SimulationEstimate Scaled(double factor) => new(Mean * factor, StandardError * Math.Abs(factor), Trials);

    /// <summary>How many standard errors the mean lies from <paramref name="expected"/> (signed).</summary>
    public double StandardErrorsFrom(double expected) => (Mean - expected) / StandardError;
}
