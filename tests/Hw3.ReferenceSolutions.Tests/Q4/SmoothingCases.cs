using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.Q4;

/// <summary>
/// Every test function for k ∈ {1, 3, 8} and σ ∈ {0.3, 1, 2.5}, parameters and μ drawn from a stream
/// seeded by the case. Scales follow σ where the function's spread would otherwise explode or vanish:
/// exp(b·x) keeps σ‖b‖ = 0.5 (log f ~ N(b·μ, 0.25): light enough tails for a sample standard error
/// to be trustworthy), and sin(wᵢxᵢ) keeps σ|wᵢ| in [0.3, 1] so the smoothed product does not vanish.
/// </summary>
public static class SmoothingCases
{
    public const double ExponentialLogSpread = 0.5;

    private static readonly int[] Dimensions = [1, 3, 8];
    private static readonly double[] Sigmas = [0.3, 1.0, 2.5];

    public static TheoryData<string, int, double> Grid()
    {
        var data = new TheoryData<string, int, double>();
        foreach (var name in TestFunctionCatalog.Names)
        {
            foreach (var k in Dimensions)
            {
                foreach (var sigma in Sigmas)
                {
                    data.Add(name, k, sigma);
                }
            }
        }

        return data;
    }

    public static SmoothingCase Build(string name, int k, double sigma)
    {
        var seed = 7919 * (TestFunctionCatalog.Names.ToList().IndexOf(name) + 1) + 31 * k + (int)(sigma * 10);
        var rng = new Random(seed);
        double[] Uniform(double low, double high) => Enumerable.Range(0, k).Select(_ => low + (high - low) * rng.NextDouble()).ToArray();
        double[] RandomSigns(double[] magnitudes) => magnitudes.Select(m => rng.Next(2) == 0 ? m : -m).ToArray();

        var spec = name switch
        {
            TestFunctionCatalog.LinearName => TestFunctionCatalog.Linear(Uniform(-1.5, 1.5), rng.NextDouble() - 0.5),
            TestFunctionCatalog.QuadraticName => TestFunctionCatalog.Quadratic(Uniform(-1.0, 1.0), Uniform(-1.0, 1.0)),
            TestFunctionCatalog.ExponentialName => TestFunctionCatalog.Exponential(WithNorm(Uniform(-1.0, 1.0), ExponentialLogSpread / sigma)),
            TestFunctionCatalog.SineProductName => TestFunctionCatalog.SineProduct(RandomSigns(Uniform(0.3 / sigma, 1.0 / sigma))),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a test function"),
        };

        return new SmoothingCase(spec, Uniform(-1.0, 1.0), sigma, seed);
    }

    private static double[] WithNorm(double[] v, double norm)
    {
        var length = Math.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x * norm / length).ToArray();
    }
}
