namespace Hw3.ReferenceSolutions.Q4.Estimators;

/// <summary>
/// The estimators the power table runs: the correct ones, valid variance reductions (a baseline, antithetic
/// pairs), single-precision arithmetic, and the mistakes the check must catch (σ ignored, σ and σ² confused,
/// a 5 % and a 10 % bias). Each draws all its randomness from the given stream, as the answer API asks.
/// </summary>
public static class EstimatorVariants
{
    public static EstimatorVariant Correct { get; } = new(
        "correct", "the reference estimators: mean of f(x)(x − μ)/σ² and of ∇f(μ + σε)", true, null,
        Q4Reference.EstimateGradientScoreFunction, Q4Reference.EstimateGradientReparameterization);

    public static EstimatorVariant Baseline { get; } = new(
        "baseline", "control variates: (f(x) − f(μ))(x − μ)/σ², and ∇f(μ + σε) − c∘ε with c fixed before drawing", true, null,
        BaselineScoreFunction, ControlVariateReparameterization);

    public static EstimatorVariant Antithetic { get; } = new(
        "antithetic", "antithetic pairs ε, −ε (samples/2 pairs, one more draw when samples is odd)", true, null,
        AntitheticScoreFunction, AntitheticReparameterization);

    public static EstimatorVariant SinglePrecision { get; } = new(
        "single-precision", "the correct integrands, computed and summed in float", true, null,
        SinglePrecisionScoreFunction, SinglePrecisionReparameterization);

    public static EstimatorVariant SigmaBlind { get; } = new(
        "sigma-blind", "ignores σ: draws x = μ + ε, returns the mean of f(x)(x − μ) and of ∇f(μ + ε)", false, null,
        (f, mu, _, samples, rng) => Q4Reference.EstimateGradientScoreFunction(f, mu, 1.0, samples, rng),
        (gradF, mu, _, samples, rng) => Q4Reference.EstimateGradientReparameterization(gradF, mu, 1.0, samples, rng));

    public static EstimatorVariant SigmaForVariance { get; } = new(
        "sigma-for-sigma-squared", "σ and σ² confused: f(x)(x − μ)/σ, and draws at μ + σ²ε", false, null,
        OverSigmaScoreFunction, (gradF, mu, sigma, samples, rng) => Q4Reference.EstimateGradientReparameterization(gradF, mu, sigma * sigma, samples, rng));

    public static EstimatorVariant FivePercentLow { get; } = Scaled(0.95);

    public static EstimatorVariant TenPercentLow { get; } = Scaled(0.90);

    public static IReadOnlyList<EstimatorVariant> All { get; } =
        [Correct, Baseline, Antithetic, SinglePrecision, SigmaBlind, SigmaForVariance, FivePercentLow, TenPercentLow];

    /// <summary>The correct estimator times a fixed factor: a relative bias of 1 − factor in every component.</summary>
    public static EstimatorVariant Scaled(double factor) => new(
        "times-" + factor.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        "the correct estimators times " + factor.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        false, 1 - factor,
        (f, mu, sigma, samples, rng) => Times(factor, Q4Reference.EstimateGradientScoreFunction(f, mu, sigma, samples, rng)),
        (gradF, mu, sigma, samples, rng) => Times(factor, Q4Reference.EstimateGradientReparameterization(gradF, mu, sigma, samples, rng)))
    {
        ScaledFrom = Correct,
        Factor = factor,
    };

    /// <summary>factor × each value: the one place a scaled variant's numbers are made (the power table reuses it on the correct variant's answers).</summary>
    public static double[] Times(double factor, double[] values) => values.Select(v => factor * v).ToArray();

    /// <summary>E[f(μ)(x − μ)] = 0, so subtracting f(μ) leaves the mean and removes most of the variance when f(x) ≈ f(μ).</summary>
    private static double[] BaselineScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng)
    {
        var baseline = f(mu);
        return MonteCarlo.Average(mu.Length, samples, rng, (eps, sum) =>
        {
            var centred = f(MonteCarlo.Point(mu, sigma, eps)) - baseline;
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += centred * eps[i] / sigma;
            }
        });
    }

    /// <summary>
    /// E[ε] = 0, so ∇f(μ + σε) − c∘ε has the same mean for any c fixed before the draw; c is a central difference of
    /// ∇f along each axis (≈ σ·∂²f/∂μᵢ²), which cancels the first-order part of the integrand's noise.
    /// </summary>
    private static double[] ControlVariateReparameterization(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng)
    {
        var c = new double[mu.Length];
        for (var i = 0; i < c.Length; i++)
        {
            var axis = new double[mu.Length];
            axis[i] = 1;
            c[i] = (gradF(MonteCarlo.Point(mu, sigma, axis))[i] - gradF(MonteCarlo.Point(mu, sigma, axis, -1))[i]) / 2;
        }

        return MonteCarlo.Average(mu.Length, samples, rng, (eps, sum) =>
        {
            var g = gradF(MonteCarlo.Point(mu, sigma, eps));
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += g[i] - c[i] * eps[i];
            }
        });
    }

    /// <summary>(f(μ + σε) − f(μ − σε))·ε/(2σ): each pair is the mean of two score-function draws, ε and −ε.</summary>
    private static double[] AntitheticScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng) =>
        AntitheticPairs(mu, samples, rng, (eps, sign, sum) =>
        {
            var fx = f(MonteCarlo.Point(mu, sigma, eps, sign));
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += fx * sign * eps[i] / sigma;
            }
        });

    private static double[] AntitheticReparameterization(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng) =>
        AntitheticPairs(mu, samples, rng, (eps, sign, sum) =>
        {
            var g = gradF(MonteCarlo.Point(mu, sigma, eps, sign));
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += g[i];
            }
        });

    /// <summary>samples/2 pairs (ε, −ε) and, when samples is odd, one lone draw: `samples` integrand values in all.</summary>
    private static double[] AntitheticPairs(double[] mu, int samples, Random rng, Action<double[], double, double[]> add)
    {
        var pairs = samples / 2;
        var sum = new double[mu.Length];
        var eps = new double[mu.Length];
        for (var n = 0; n < pairs; n++)
        {
            Statistics.StandardNormal.Fill(rng, eps);
            add(eps, 1.0, sum);
            add(eps, -1.0, sum);
        }

        if (samples % 2 == 1)
        {
            Statistics.StandardNormal.Fill(rng, eps);
            add(eps, 1.0, sum);
        }

        return sum.Select(s => s / samples).ToArray();
    }

    private static double[] SinglePrecisionScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng)
    {
        var sum = new float[mu.Length];
        var sigmaSquared = (float)sigma * (float)sigma;
        MonteCarlo.Average(mu.Length, samples, rng, (eps, _) =>
        {
            var x = new double[mu.Length];
            for (var i = 0; i < x.Length; i++)
            {
                x[i] = (float)mu[i] + (float)sigma * (float)eps[i];
            }

            var fx = (float)f(x);
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += fx * ((float)x[i] - (float)mu[i]) / sigmaSquared;
            }
        });
        return sum.Select(s => (double)(s / samples)).ToArray();
    }

    private static double[] SinglePrecisionReparameterization(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng)
    {
        var sum = new float[mu.Length];
        MonteCarlo.Average(mu.Length, samples, rng, (eps, _) =>
        {
            var x = new double[mu.Length];
            for (var i = 0; i < x.Length; i++)
            {
                x[i] = (float)mu[i] + (float)sigma * (float)eps[i];
            }

            var g = gradF(x);
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += (float)g[i];
            }
        });
        return sum.Select(s => (double)(s / samples)).ToArray();
    }

    /// <summary>The score with one σ too few: f(x)(x − μ)/σ, which is σ·∇F.</summary>
    private static double[] OverSigmaScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng) =>
        MonteCarlo.Average(mu.Length, samples, rng, (eps, sum) =>
        {
            var fx = f(MonteCarlo.Point(mu, sigma, eps));
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += fx * eps[i];
            }
        });
}
