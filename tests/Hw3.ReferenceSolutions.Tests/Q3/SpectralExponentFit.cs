namespace Hw3.ReferenceSolutions.Tests.Q3;

/// <summary>Exponents recovered by a log-log fit of σ_max ∝ fan_in^FanInExponent · fan_out^FanOutExponent.</summary>
public sealed record SpectralExponentFit(double FanInExponent, double FanOutExponent);
