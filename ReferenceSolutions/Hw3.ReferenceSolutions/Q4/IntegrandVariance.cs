using Hw3.ReferenceSolutions.Statistics;
using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Q4;

/// <summary>
/// Per-component variance of ONE draw of each gradient integrand, by seeded Monte Carlo. A grader
/// divides by its sample count to get the standard error it allows a student's estimate.
/// </summary>
public static class IntegrandVariance
{
    /// <summary>Var of f(x)(x − μ)/σ² with x = μ + σε.</summary>
    public static double[] ScoreFunction(TestFunctionSpec f, double[] mu, double sigma, int samples, int seed)
    {
        var function = TestFunctionCatalog.Create(f);
        return Variances(function, mu, sigma, samples, seed,
            eps => Q4Reference.ScoreFunctionIntegrand(function.Value, Q4Reference.GaussianReparameterization(eps, mu, sigma), mu, sigma));
    }

    /// <summary>Var of ∇f(μ + σε).</summary>
    public static double[] Reparameterization(TestFunctionSpec f, double[] mu, double sigma, int samples, int seed)
    {
        var function = TestFunctionCatalog.Create(f);
        return Variances(function, mu, sigma, samples, seed,
            eps => Q4Reference.ReparameterizedGradientIntegrand(function.Gradient, eps, mu, sigma));
    }

    private static double[] Variances(
        TestFunction function, double[] mu, double sigma, int samples, int seed, Func<double[], double[]> integrand)
    {
        ArgumentNullException.ThrowIfNull(mu);
        if (mu.Length != function.Dimension)
        {
            throw new ArgumentException($"μ has {mu.Length} components but '{function.Spec.Name}' takes {function.Dimension}", nameof(mu));
        }

        Q4Arguments.Sigma(sigma);
        Q4Arguments.Samples(samples, 2);
        var rng = new Random(seed);
        var moments = new ComponentwiseMoments(function.Dimension);
        for (var n = 0; n < samples; n++)
        {
            moments.Push(integrand(StandardNormal.Vector(rng, function.Dimension)));
        }

        return moments.Variances;
    }
}
