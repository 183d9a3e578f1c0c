using System.Globalization;
using Hw3.Grader.AnswerApi;
using Hw3.Grader.References;
using Hw3.Grader.References.Precomputed;
using Hw3.ReferenceSolutions.Q4;

namespace Hw3.Grader.Checks.Kinds.Statistical;

/// <summary>
/// What a correct estimator's draws look like on one case: the exact ∇F(μ) and the variance of one draw of the
/// reference integrand, per component. Computed once per process for each case and estimator: it depends on the
/// case alone, not on the rubric seed, so the power table's thousands of seeds share it.
/// </summary>
public sealed record EstimatorExpectation(double[] Gradient, double[] DrawVariance)
{
    /// <summary>Draws used to estimate each integrand's variance (it only sets the lower bound on a standard error and the spread note).</summary>
    public const int VarianceSamples = 200_000;

    private static readonly ComputedOnce<EstimatorExpectation> Expectations = new("estimator-expectations");

    /// <summary>The process-wide expectations, as a precomputed reference file carries them.</summary>
    public static IReferenceStore Store => Expectations;

    /// <summary>‖∇F(μ)‖₂, the scale of the numeric floor.</summary>
    public double GradientNorm => Math.Sqrt(Gradient.Sum(g => g * g));

    public static EstimatorExpectation For(StatisticalCase statisticalCase, AnswerMember estimator)
    {
        // The member's short name in the key seeds the variance estimate: changing it would move every error bar.
        var key = string.Join("|", estimator.MemberName, statisticalCase.Function, Numbers(statisticalCase.Parameters), Numbers(statisticalCase.Mu),
            statisticalCase.Sigma.ToString("R", CultureInfo.InvariantCulture));
        return Expectations.Get([key], () => Compute(statisticalCase, estimator, StableSeed.Derive(0, "variance", key)));
    }

    private static EstimatorExpectation Compute(StatisticalCase statisticalCase, AnswerMember estimator, int seed)
    {
        var spec = statisticalCase.Spec;
        var mu = statisticalCase.Mu.ToArray();
        var gradient = GaussianSmoothing.ExactGradient(spec, mu, statisticalCase.Sigma);
        var variance = EstimatorCatalog.IntegrandOf(estimator.Id)(spec, mu, statisticalCase.Sigma, VarianceSamples, seed);
        return new EstimatorExpectation(gradient, variance);
    }

    private static string Numbers(IEnumerable<double> values) => string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
}
