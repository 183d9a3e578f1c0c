namespace Hw3.ReferenceSolutions.Q4.Smoothing;

/// <summary>
/// f = Π sin(wᵢxᵢ): the factors are independent, and E[e^{i w σ ε}] = e^{−w²σ²/2} gives
/// E[sin(w(μ + σε))] = sin(wμ)e^{−w²σ²/2} and d/dμ of it = w·cos(wμ)e^{−w²σ²/2}. So
/// F = Π sᵢ with sᵢ = sin(wᵢμᵢ)e^{−wᵢ²σ²/2}, and ∂F/∂μᵢ = wᵢcos(wᵢμᵢ)e^{−wᵢ²σ²/2}·Π_{j≠i} sⱼ.
/// </summary>
internal sealed class SmoothedSineProduct(double[] parameters) : ISmoothedFunction
{
    private readonly double[] _w = parameters;

    public double Objective(double[] mu, double sigma) =>
        _w.Select((_, i) => SmoothedSine(i, mu, sigma)).Aggregate(1.0, (product, s) => product * s);

    public double[] Gradient(double[] mu, double sigma) => _w
        .Select((w, i) => _w
            .Select((_, j) => j)
            .Where(j => j != i)
            .Aggregate(w * Math.Cos(w * mu[i]) * Damping(i, sigma), (product, j) => product * SmoothedSine(j, mu, sigma)))
        .ToArray();

    private double SmoothedSine(int i, double[] mu, double sigma) => Math.Sin(_w[i] * mu[i]) * Damping(i, sigma);

    private double Damping(int i, double sigma) => Math.Exp(-_w[i] * _w[i] * sigma * sigma / 2.0);
}
