namespace Hw3.ReferenceSolutions.Q2.Data;

/// <summary>
/// Parameters of the MNIST stand-in: <paramref name="ClassCount"/> classes, each a mixture of
/// <paramref name="PrototypesPerClass"/> random "images" in [0, 1]^InputDim, with Gaussian pixel noise
/// clipped back to [0, 1] (pixels are non-negative, as in MNIST).
/// </summary>
public sealed record SyntheticDataSpec(
    int InputDim = 64,
    int ClassCount = 10,
    int Examples = 1024,
    int PrototypesPerClass = 2,
    double PixelNoise = 0.35,
    int Seed = 182)
{
    public static SyntheticDataSpec Default { get; } = new();
}
