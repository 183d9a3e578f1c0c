using Hw3.ReferenceSolutions.Statistics;

namespace Hw3.ReferenceSolutions.Q4;

/// <summary>
/// Q4 reference answers, with the student API's signatures. F(μ) = E_{x∼N(μ,σ²I)}[f(x)].
/// (a) score function: ∇F = E[f(x)(x − μ)/σ²]; (b) F = E_{ε∼N(0,I)}[f(μ + σε)];
/// (c) ∇F = E_ε[∇f(μ + σε)]; (d) ∇_θF = E[f(x)∇_θ log p_θ(x)]; (e) g(z, μ) = μ + σz, z ∼ N(0,I).
/// </summary>
public static class Q4Reference
{
    /// <summary>(a) f(x)·(x − μ)/σ², one draw of the score-function estimator.</summary>
    public static double[] ScoreFunctionIntegrand(Func<double[], double> f, double[] x, double[] mu, double sigma)
    {
        ArgumentNullException.ThrowIfNull(f);
        Q4Arguments.SameLength(x, mu, nameof(x));
        Q4Arguments.Sigma(sigma);
        var gradLogP = x.Select((xi, i) => (xi - mu[i]) / (sigma * sigma)).ToArray();
        return GeneralScoreFunctionIntegrand(f(x), gradLogP);
    }

    /// <summary>
    /// (a) with the baseline f(μ): (f(x) − f(μ))·(x − μ)/σ². Also unbiased, since E[(x − μ)] = 0; the template names it
    /// as the one other accepted form.
    /// </summary>
    public static double[] ScoreFunctionIntegrandWithBaseline(Func<double[], double> f, double[] x, double[] mu, double sigma)
    {
        ArgumentNullException.ThrowIfNull(f);
        Q4Arguments.SameLength(x, mu, nameof(x));
        Q4Arguments.Sigma(sigma);
        var centred = f(x) - f((double[])mu.Clone());
        return x.Select((xi, i) => centred * (xi - mu[i]) / (sigma * sigma)).ToArray();
    }

    /// <summary>(b) with the mirrored point: f(μ − σε). ε and −ε have the same distribution, so E[f(μ − σε)] = F(μ) too.</summary>
    public static double ReparameterizedIntegrandMirrored(Func<double[], double> f, double[] eps, double[] mu, double sigma)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f(GaussianReparameterizationMirrored(eps, mu, sigma));
    }

    /// <summary>(c) at the mirrored point: ∇f(μ − σε), whose expectation is ∇F(μ) for the same reason.</summary>
    public static double[] ReparameterizedGradientIntegrandMirrored(Func<double[], double[]> gradF, double[] eps, double[] mu, double sigma)
    {
        ArgumentNullException.ThrowIfNull(gradF);
        return gradF(GaussianReparameterizationMirrored(eps, mu, sigma));
    }

    /// <summary>(e) mirrored: g(z, μ) = μ − σz, which is N(μ, σ²I) as well.</summary>
    public static double[] GaussianReparameterizationMirrored(double[] z, double[] mu, double sigma)
    {
        Q4Arguments.SameLength(z, mu, nameof(z));
        Q4Arguments.Sigma(sigma);
        return z.Select((zi, i) => mu[i] - sigma * zi).ToArray();
    }

    /// <summary>(b) f(μ + σε).</summary>
    public static double ReparameterizedIntegrand(Func<double[], double> f, double[] eps, double[] mu, double sigma)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f(GaussianReparameterization(eps, mu, sigma));
    }

    /// <summary>(c) ∇f(μ + σε) (the Jacobian of μ + σε in μ is I).</summary>
    public static double[] ReparameterizedGradientIntegrand(Func<double[], double[]> gradF, double[] eps, double[] mu, double sigma)
    {
        ArgumentNullException.ThrowIfNull(gradF);
        return gradF(GaussianReparameterization(eps, mu, sigma));
    }

    /// <summary>(d) f(x)·∇_θ log p_θ(x).</summary>
    public static double[] GeneralScoreFunctionIntegrand(double fx, double[] gradLogP)
    {
        ArgumentNullException.ThrowIfNull(gradLogP);
        return gradLogP.Select(g => fx * g).ToArray();
    }

    /// <summary>(e) g(z, μ) = μ + σz.</summary>
    public static double[] GaussianReparameterization(double[] z, double[] mu, double sigma)
    {
        Q4Arguments.SameLength(z, mu, nameof(z));
        Q4Arguments.Sigma(sigma);
        return z.Select((zi, i) => mu[i] + sigma * zi).ToArray();
    }

    /// <summary>Mean of (a) over <paramref name="samples"/> draws x = μ + σε, ε from <paramref name="rng"/>.</summary>
    /// <remarks>A plain loop rather than the integrand above: (x − μ)/σ² = ε/σ, and the power table runs this millions of times.</remarks>
    public static double[] EstimateGradientScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng)
    {
        ArgumentNullException.ThrowIfNull(f);
        Validate(mu, sigma, samples);
        return Estimators.MonteCarlo.Average(mu.Length, samples, rng, (eps, sum) =>
        {
            var fx = f(Estimators.MonteCarlo.Point(mu, sigma, eps));
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += fx * eps[i] / sigma;
            }
        });
    }

    /// <summary>Mean of (c) over <paramref name="samples"/> draws ε from <paramref name="rng"/>.</summary>
    public static double[] EstimateGradientReparameterization(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng)
    {
        ArgumentNullException.ThrowIfNull(gradF);
        Validate(mu, sigma, samples);
        return Estimators.MonteCarlo.Average(mu.Length, samples, rng, (eps, sum) =>
        {
            var g = gradF(Estimators.MonteCarlo.Point(mu, sigma, eps));
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += g[i];
            }
        });
    }

    private static void Validate(double[] mu, double sigma, int samples)
    {
        ArgumentNullException.ThrowIfNull(mu);
        Q4Arguments.Sigma(sigma);
        Q4Arguments.Samples(samples, 1);
    }
}
