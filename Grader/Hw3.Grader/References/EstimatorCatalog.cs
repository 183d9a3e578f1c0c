using Hw3.ReferenceSolutions.Q4;
using Hw3.TestFunctions;

namespace Hw3.Grader.References;

/// <summary>
/// The answer API's Monte Carlo estimators of ∇F(μ) = ∇E[f(μ + σε)], each with the integrand a correct one averages.
/// A statistical check tests an estimator against the exact gradient, with an error bar scaled by the variance of
/// one draw of that integrand; the members and their integrands are Homework 3's, so they live here, not in the check.
/// </summary>
public static class EstimatorCatalog
{
    /// <summary>Per-component variance of one draw of the integrand, by seeded Monte Carlo (f, μ, σ, draws, seed).</summary>
    public delegate double[] DrawVariance(TestFunctionSpec function, double[] mu, double sigma, int samples, int seed);

    private static readonly Dictionary<string, DrawVariance> Integrands = new(StringComparer.Ordinal)
    {
        ["Q4.EstimateGradientScoreFunction"] = IntegrandVariance.ScoreFunction,
        ["Q4.EstimateGradientReparameterization"] = IntegrandVariance.Reparameterization,
    };

    public static bool Contains(string memberId) => Integrands.ContainsKey(memberId);

    /// <summary>The draw variance of the integrand a correct <paramref name="memberId"/> averages.</summary>
    public static DrawVariance IntegrandOf(string memberId) =>
        Integrands.TryGetValue(memberId, out var variance) ? variance : throw new KeyNotFoundException($"'{memberId}' is not an estimator of the answer API");
}
