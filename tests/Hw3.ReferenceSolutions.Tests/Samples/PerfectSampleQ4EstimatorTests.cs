using Hw3.ReferenceSolutions.Q4;

namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>
/// The perfect sample's Monte Carlo estimators against the closed-form gradient of the smoothed
/// objective. The allowance is a number of standard errors, SE = √(Var[one draw] / samples), with
/// the variance of one draw measured on the reference integrand from an independent seeded stream.
/// </summary>
public sealed class PerfectSampleQ4EstimatorTests(PerfectSampleFixture perfect) : IClassFixture<PerfectSampleFixture>
{
    private const int Samples = 20_000;

    /// <summary>Draws used to measure the spread of one integrand draw.</summary>
    private const int VarianceSamples = 20_000;

    /// <summary>
    /// Five standard errors: a correct estimator lands outside with probability about 6·10⁻⁷ per
    /// component (a few hundred components in the grid), while a σ-for-σ² or missing-average mistake
    /// misses by far more.
    /// </summary>
    private const double StandardErrors = 5.0;

    /// <summary>A zero-spread integrand (∇f constant) still carries the rounding of a 20 000-term sum.</summary>
    private const double SummationRounding = 1e-9;

    [Theory]
    [MemberData(nameof(Q4Cases.Grid), MemberType = typeof(Q4Cases))]
    public void Perfect_score_function_estimate_lies_within_five_standard_errors_of_the_exact_gradient(string family, int k, double sigma)
    {
        var c = Q4Cases.Build(family, k, sigma);
        var estimate = perfect.Submission.Get<double[]>(
            "Q4.EstimateGradientScoreFunction", c.F, c.Mu.ToArray(), sigma, Samples, new Random(c.Seed));
        var variance = IntegrandVariance.ScoreFunction(c.Spec, c.Mu, sigma, VarianceSamples, c.Seed + 1);

        ShouldLieWithinStandardErrors(estimate, GaussianSmoothing.ExactGradient(c.Spec, c.Mu, sigma), variance);
    }

    [Theory]
    [MemberData(nameof(Q4Cases.Grid), MemberType = typeof(Q4Cases))]
    public void Perfect_reparameterization_estimate_lies_within_five_standard_errors_of_the_exact_gradient(string family, int k, double sigma)
    {
        var c = Q4Cases.Build(family, k, sigma);
        var estimate = perfect.Submission.Get<double[]>(
            "Q4.EstimateGradientReparameterization", c.GradF, c.Mu.ToArray(), sigma, Samples, new Random(c.Seed));
        var variance = IntegrandVariance.Reparameterization(c.Spec, c.Mu, sigma, VarianceSamples, c.Seed + 1);

        ShouldLieWithinStandardErrors(estimate, GaussianSmoothing.ExactGradient(c.Spec, c.Mu, sigma), variance);
    }

    [Fact]
    public void Perfect_estimators_draw_only_from_the_random_stream_they_are_given()
    {
        var c = Q4Cases.Build("quadratic", 3, 1.0);
        double[] Estimate(string id, object function, int seed) =>
            perfect.Submission.Get<double[]>(id, function, c.Mu.ToArray(), c.Sigma, 100, new Random(seed));

        foreach (var (id, function) in new (string, object)[]
                 {
                     ("Q4.EstimateGradientScoreFunction", c.F),
                     ("Q4.EstimateGradientReparameterization", c.GradF),
                 })
        {
            Estimate(id, function, 7).Should().Equal(Estimate(id, function, 7), $"{id} with the same seed must repeat");
            Estimate(id, function, 7).Should().NotEqual(Estimate(id, function, 8), $"{id} with another seed must differ");
        }
    }

    private static void ShouldLieWithinStandardErrors(double[] estimate, double[] exact, double[] varianceOfOneDraw)
    {
        estimate.Should().HaveSameCount(exact);
        for (var i = 0; i < exact.Length; i++)
        {
            var standardError = Math.Sqrt(varianceOfOneDraw[i] / Samples);
            var allowance = StandardErrors * standardError + SummationRounding * Math.Max(1.0, Math.Abs(exact[i]));
            estimate[i].Should().BeApproximately(exact[i], allowance,
                FormattableString.Invariant($"component {i}: standard error {standardError:G4}"));
        }
    }
}
