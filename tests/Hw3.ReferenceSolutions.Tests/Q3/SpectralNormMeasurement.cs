namespace Hw3.ReferenceSolutions.Tests.Q3;

/// <summary>A simulated spectral norm of a fan_out × fan_in matrix, beside the value theory predicts.</summary>
public sealed record SpectralNormMeasurement(int FanIn, int FanOut, double SpectralNorm, double Predicted);
