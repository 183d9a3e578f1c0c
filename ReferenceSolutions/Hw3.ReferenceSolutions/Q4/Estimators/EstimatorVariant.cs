namespace Hw3.ReferenceSolutions.Q4.Estimators;

/// <summary>The score-function estimator's signature in the answer API (Q4.EstimateGradientScoreFunction).</summary>
public delegate double[] ScoreFunctionEstimator(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng);

/// <summary>The reparameterization estimator's signature in the answer API (Q4.EstimateGradientReparameterization).</summary>
public delegate double[] ReparameterizationEstimator(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng);

/// <summary>
/// One way a student might write both Q4 estimators, right or wrong, so the estimator check's power can be
/// measured in process (<c>./hw3 power</c>) and tested: the check must pass every <see cref="Unbiased"/>
/// variant and fail the others.
/// </summary>
/// <param name="Id">Short stable name, e.g. <c>antithetic</c>.</param>
/// <param name="Description">What the variant does, one line for the power table.</param>
/// <param name="Unbiased">Whether its expectation is ∇F(μ) (so the ruling calls it right).</param>
/// <param name="Bias">Its relative bias where it is a fixed factor (×0.95 → 0.05), for the table's targets; null otherwise.</param>
public sealed record EstimatorVariant(
    string Id,
    string Description,
    bool Unbiased,
    double? Bias,
    ScoreFunctionEstimator ScoreFunction,
    ReparameterizationEstimator Reparameterization)
{
    /// <summary>For a variant that is another one times a constant: that one (its answers, scaled, are this variant's answers on the same streams).</summary>
    public EstimatorVariant? ScaledFrom { get; init; }

    /// <summary>The constant of <see cref="ScaledFrom"/>.</summary>
    public double Factor { get; init; } = 1;
}
