namespace Hw3.ReferenceSolutions.Q2.Measurement;

/// <summary>log y = Intercept + First · log x₁ + Second · log x₂ (natural logs).</summary>
public sealed record TwoFactorSlopes(double Intercept, double First, double Second);
