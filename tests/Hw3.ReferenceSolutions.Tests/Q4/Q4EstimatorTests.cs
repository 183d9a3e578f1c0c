using Hw3.ReferenceSolutions.Q4;
using Hw3.ReferenceSolutions.Statistics;

namespace Hw3.ReferenceSolutions.Tests.Q4;

/// <summary>The two estimators, with standard errors from <see cref="IntegrandVariance"/> on an independent stream.</summary>
public sealed class Q4EstimatorTests
{
    private const int Samples = 5_000;
    private const int VarianceSamples = 20_000;

    [Theory]
    [MemberData(nameof(SmoothingCases.Grid), MemberType = typeof(SmoothingCases))]
    public void Score_function_estimate_lies_within_five_standard_errors_of_the_exact_gradient(string name, int k, double sigma)
    {
        var c = SmoothingCases.Build(name, k, sigma);

        var estimate = Q4Reference.EstimateGradientScoreFunction(c.Function.Value, c.Mu, sigma, Samples, new Random(c.Seed));
        var variance = IntegrandVariance.ScoreFunction(c.Spec, c.Mu, sigma, VarianceSamples, c.Seed + 1);

        StandardErrorAssertions.ShouldLieWithin(WithStandardErrors(estimate, variance), GaussianSmoothing.ExactGradient(c.Spec, c.Mu, sigma), c.ToString());
    }

    [Theory]
    [MemberData(nameof(SmoothingCases.Grid), MemberType = typeof(SmoothingCases))]
    public void Reparameterization_estimate_lies_within_five_standard_errors_of_the_exact_gradient(string name, int k, double sigma)
    {
        var c = SmoothingCases.Build(name, k, sigma);

        var estimate = Q4Reference.EstimateGradientReparameterization(c.Function.Gradient, c.Mu, sigma, Samples, new Random(c.Seed));
        var variance = IntegrandVariance.Reparameterization(c.Spec, c.Mu, sigma, VarianceSamples, c.Seed + 1);

        StandardErrorAssertions.ShouldLieWithin(WithStandardErrors(estimate, variance), GaussianSmoothing.ExactGradient(c.Spec, c.Mu, sigma), c.ToString());
    }

    [Theory]
    [MemberData(nameof(SmoothingCases.Grid), MemberType = typeof(SmoothingCases))]
    public void Reparameterization_has_lower_variance_than_the_score_function(string name, int k, double sigma)
    {
        var c = SmoothingCases.Build(name, k, sigma);

        var score = IntegrandVariance.ScoreFunction(c.Spec, c.Mu, sigma, VarianceSamples, c.Seed);
        var reparameterized = IntegrandVariance.Reparameterization(c.Spec, c.Mu, sigma, VarianceSamples, c.Seed);

        reparameterized.Sum().Should().BeLessThan(score.Sum(), c.ToString());
    }

    [Fact]
    public void Estimators_repeat_for_a_seed_and_differ_across_seeds()
    {
        var c = SmoothingCases.Build("quadratic", 3, 1.0);
        double[] Score(int seed) => Q4Reference.EstimateGradientScoreFunction(c.Function.Value, c.Mu, 1.0, 100, new Random(seed));
        double[] Reparameterized(int seed) => Q4Reference.EstimateGradientReparameterization(c.Function.Gradient, c.Mu, 1.0, 100, new Random(seed));

        Score(7).Should().Equal(Score(7));
        Score(7).Should().NotEqual(Score(8));
        Reparameterized(7).Should().Equal(Reparameterized(7));
        Reparameterized(7).Should().NotEqual(Reparameterized(8));
    }

    [Fact]
    public void One_sample_estimates_are_single_integrand_draws()
    {
        var c = SmoothingCases.Build("sine-product", 3, 1.0);
        var eps = StandardNormal.Vector(new Random(5), 3);

        Q4Reference.EstimateGradientReparameterization(c.Function.Gradient, c.Mu, 1.0, 1, new Random(5))
            .Should().Equal(Q4Reference.ReparameterizedGradientIntegrand(c.Function.Gradient, eps, c.Mu, 1.0));
        Q4Reference.EstimateGradientScoreFunction(c.Function.Value, c.Mu, 1.0, 1, new Random(5))
            .Should().Equal(Q4Reference.ScoreFunctionIntegrand(c.Function.Value, Q4Reference.GaussianReparameterization(eps, c.Mu, 1.0), c.Mu, 1.0));
    }

    private static SimulationEstimate[] WithStandardErrors(double[] estimate, double[] varianceOfOneDraw) =>
        estimate.Select((mean, i) => new SimulationEstimate(mean, Math.Sqrt(varianceOfOneDraw[i] / Samples), Samples)).ToArray();
}
