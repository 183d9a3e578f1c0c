namespace Hw3.ReferenceSolutions.Q4.Smoothing;

/// <summary>
/// f = Σ aᵢxᵢ² + b·x: E[(μᵢ + σεᵢ)²] = μᵢ² + σ², so F = Σ aᵢ(μᵢ² + σ²) + b·μ and ∂F/∂μᵢ = 2aᵢμᵢ + bᵢ.
/// </summary>
internal sealed class SmoothedQuadratic(double[] parameters) : ISmoothedFunction
{
    private readonly double[] _a = parameters[..(parameters.Length / 2)];
    private readonly double[] _b = parameters[(parameters.Length / 2)..];

    public double Objective(double[] mu, double sigma) =>
        _a.Select((a, i) => a * (mu[i] * mu[i] + sigma * sigma) + _b[i] * mu[i]).Sum();

    public double[] Gradient(double[] mu, double sigma) => _a.Select((a, i) => 2.0 * a * mu[i] + _b[i]).ToArray();
}
