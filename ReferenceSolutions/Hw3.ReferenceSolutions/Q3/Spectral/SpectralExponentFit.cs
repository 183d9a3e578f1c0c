namespace Hw3.ReferenceSolutions.Q3.Spectral;

/// <summary>Exponents recovered by a log-log fit of σ_max ∝ fan_in^FanInExponent · fan_out^FanOutExponent.</summary>
public sealed record SpectralExponentFit(double FanInExponent, double FanOutExponent);
