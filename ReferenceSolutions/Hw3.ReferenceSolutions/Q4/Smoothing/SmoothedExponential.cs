namespace Hw3.ReferenceSolutions.Q4.Smoothing;

/// <summary>
/// f = exp(b·x): b·(μ + σε) ~ N(b·μ, σ²|b|²), and E[e^Z] = e^{m + s²/2} for Z ~ N(m, s²), so
/// F = exp(b·μ + σ²|b|²/2) and ∇F = b·F.
/// </summary>
internal sealed class SmoothedExponential(double[] parameters) : ISmoothedFunction
{
    private readonly double[] _b = parameters;

    public double Objective(double[] mu, double sigma)
    {
        var mean = _b.Select((b, i) => b * mu[i]).Sum();
        var variance = sigma * sigma * _b.Sum(b => b * b);
        return Math.Exp(mean + variance / 2.0);
    }

    public double[] Gradient(double[] mu, double sigma)
    {
        var objective = Objective(mu, sigma);
        return _b.Select(b => b * objective).ToArray();
    }
}
