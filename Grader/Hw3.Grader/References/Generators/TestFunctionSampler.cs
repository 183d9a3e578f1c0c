using Hw3.TestFunctions;

namespace Hw3.Grader.References.Generators;

/// <summary>
/// Draws one concrete member of a test-function family (coefficients from a seeded stream), kept in a
/// range where every estimator's variance is finite and moderate.
/// </summary>
public static class TestFunctionSampler
{
    public static TestFunctionSpec Draw(string family, int dimension, Random rng) => family switch
    {
        "linear" => TestFunctionCatalog.Linear(Uniform(rng, dimension, -1.5, 1.5), Uniform(rng, 1, -1, 1)[0]),
        "quadratic" => TestFunctionCatalog.Quadratic(Uniform(rng, dimension, 0.2, 1.2).Select(a => rng.Next(2) == 0 ? a : -a).ToArray(), Uniform(rng, dimension, -1, 1)),
        "exp" => TestFunctionCatalog.Exponential(Uniform(rng, dimension, -0.5, 0.5)),
        "sine-product" => TestFunctionCatalog.SineProduct(Uniform(rng, dimension, 0.5, 2)),
        _ => throw new ArgumentException($"unknown test-function family '{family}'", nameof(family)),
    };

    public static double[] Uniform(Random rng, int count, double low, double high) =>
        Enumerable.Range(0, count).Select(_ => Math.Round(low + (high - low) * rng.NextDouble(), 3)).ToArray();

    public static double[] Gaussian(Random rng, int count) =>
        Enumerable.Range(0, count).Select(_ => Math.Round(StandardNormal(rng), 4)).ToArray();

    private static double StandardNormal(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
