namespace Hw3.ReferenceSolutions.Q4.Smoothing;

/// <summary>f = b·x + c: E[b·(μ + σε)] + c = b·μ + c, so ∇F = b (no σ dependence).</summary>
internal sealed class SmoothedLinear(double[] parameters) : ISmoothedFunction
{
    private readonly double[] _b = parameters[..^1];
    private readonly double _c = parameters[^1];

    public double Objective(double[] mu, double sigma) => _b.Select((b, i) => b * mu[i]).Sum() + _c;

    public double[] Gradient(double[] mu, double sigma) => (double[])_b.Clone();
}
