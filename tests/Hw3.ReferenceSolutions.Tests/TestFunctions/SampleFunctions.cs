using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.TestFunctions;

/// <summary>
/// Seeded members of every family for k ∈ {1, 3, 8}, plus specs with awkward numbers (negative zero,
/// 0.1 + 0.2, 1e-7, 1e20, whole numbers) for the expression writer.
/// </summary>
internal static class SampleFunctions
{
    public static IReadOnlyList<TestFunctionSpec> All { get; } = Build();

    /// <summary>A point where every family is well inside double range.</summary>
    public static double[] Point(Random rng, int dimension) =>
        Enumerable.Range(0, dimension).Select(_ => 2.0 * rng.NextDouble() - 1.0).ToArray();

    private static List<TestFunctionSpec> Build()
    {
        var rng = new Random(182);
        double[] Uniform(int k, double low, double high) => Enumerable.Range(0, k).Select(_ => low + (high - low) * rng.NextDouble()).ToArray();

        var specs = new List<TestFunctionSpec>();
        foreach (var k in new[] { 1, 3, 8 })
        {
            specs.Add(TestFunctionCatalog.Linear(Uniform(k, -2, 2), Uniform(1, -2, 2)[0]));
            specs.Add(TestFunctionCatalog.Quadratic(Uniform(k, -1, 1), Uniform(k, -1, 1)));
            specs.Add(TestFunctionCatalog.Exponential(Uniform(k, -0.5, 0.5)));
            specs.Add(TestFunctionCatalog.SineProduct(Uniform(k, -2, 2)));
        }

        specs.Add(TestFunctionCatalog.Linear([0.1 + 0.2, -0.0, 1e-7, 3.0], -2.0));
        specs.Add(TestFunctionCatalog.Linear([-1.5, 1e20], 0.0));
        specs.Add(TestFunctionCatalog.Quadratic([-0.0, 2.0, -3.0], [-1e-3, 0.0, 5.0]));
        specs.Add(TestFunctionCatalog.Exponential([-0.25, 1.0 / 3.0]));
        specs.Add(TestFunctionCatalog.SineProduct([-1.0, 0.0, Math.PI]));
        return specs;
    }
}
