using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>One Q4 test point: a test function of dimension k, a mean μ and a σ.</summary>
internal sealed record Q4Case(TestFunctionSpec Spec, double[] Mu, double Sigma, int Seed)
{
    public TestFunction Function { get; } = TestFunctionCatalog.Create(Spec);

    public int Dimension => Mu.Length;

    public Func<double[], double> F => Function.Value;

    public Func<double[], double[]> GradF => Function.Gradient;
}
