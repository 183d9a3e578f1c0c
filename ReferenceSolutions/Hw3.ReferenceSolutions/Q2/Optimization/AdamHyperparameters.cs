namespace Hw3.ReferenceSolutions.Q2.Optimization;

/// <summary>Adam's constants (PyTorch defaults).</summary>
public sealed record AdamHyperparameters(double Beta1 = 0.9, double Beta2 = 0.999, double Epsilon = 1e-8)
{
    public static AdamHyperparameters Default { get; } = new();
}
