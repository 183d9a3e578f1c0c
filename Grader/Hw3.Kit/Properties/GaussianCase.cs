using Hw3.Kit.Sampling;
using Hw3.TestFunctions;

namespace Hw3.Kit.Properties;

/// <summary>
/// One of the kit's own Q4 settings: a test function (its own parameters, not the rubric's), μ and σ, and a set of
/// ε drawn in antithetic pairs (ε and −ε). On such a set the mirrored forms the template accepts (μ − σε) give the
/// same averages as μ + σε, and the constant part of f cancels from the score-function average.
/// </summary>
public sealed record GaussianCase(TestFunctionSpec Function, double[] Mu, double Sigma)
{
    /// <summary>The kit's cases: a quadratic in 3 dimensions and an exponential in 2, each at a σ far from 1 (a σ-for-σ² mistake shows).</summary>
    public static IReadOnlyList<GaussianCase> All { get; } =
    [
        new(TestFunctionCatalog.Quadratic([0.7, -0.4, 1.1], [0.3, 0.9, -0.5]), [0.4, -1.2, 0.8], 0.25),
        new(TestFunctionCatalog.Exponential([0.5, -0.3]), [0.2, 0.5], 2.5),
    ];

    public TestFunction Create() => TestFunctionCatalog.Create(Function);

    public int K => Mu.Length;

    /// <summary><paramref name="pairs"/> draws ε followed by their mirror images −ε.</summary>
    public double[][] Epsilons(int pairs, int seed)
    {
        var normal = new NormalSampler(seed);
        var half = Enumerable.Range(0, pairs).Select(_ => normal.Vector(K)).ToArray();
        return [.. half, .. half.Select(e => e.Select(v => -v).ToArray())];
    }

    public double[] Point(double[] eps) => Mu.Zip(eps, (m, e) => m + Sigma * e).ToArray();

    /// <summary>
    /// ∇F(μ) as the central difference of the Monte Carlo estimate F̂(μ) = mean f(μ + σε) over <paramref name="epsilons"/>
    /// (the same draws on both sides, so the difference has no sampling noise of its own): per component, its mean
    /// and the standard error of that mean.
    /// </summary>
    public MeanEstimate[] NumericalGradient(IReadOnlyList<double[]> epsilons, double step = 1e-4)
    {
        var f = Create();
        var result = new MeanEstimate[K];
        for (var j = 0; j < K; j++)
        {
            var draws = new double[epsilons.Count];
            for (var i = 0; i < epsilons.Count; i++)
            {
                var up = Point(epsilons[i]);
                var down = (double[])up.Clone();
                up[j] += step;
                down[j] -= step;
                draws[i] = (f.Value(up) - f.Value(down)) / (2 * step);
            }

            result[j] = MeanEstimate.Of(draws);
        }

        return result;
    }

    /// <summary>F̂(μ): the mean of f(μ + σε) over the draws.</summary>
    public double MonteCarloValue(IReadOnlyList<double[]> epsilons)
    {
        var f = Create();
        return epsilons.Average(e => f.Value(Point(e)));
    }
}
