using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.Q4;

/// <summary>A test function of dimension k with a mean μ and a σ, plus a seed for its draws.</summary>
public sealed record SmoothingCase(TestFunctionSpec Spec, double[] Mu, double Sigma, int Seed)
{
    public TestFunction Function { get; } = TestFunctionCatalog.Create(Spec);

    public override string ToString() => $"{Spec.Name}, k = {Mu.Length}, σ = {Sigma.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
