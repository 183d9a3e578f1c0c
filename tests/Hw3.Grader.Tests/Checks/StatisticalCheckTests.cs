using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.References;
using Hw3.Grader.Rubrics;
using Hw3.Grader.Tests.Rubrics;
using Hw3.ReferenceSolutions.Q4;
using Hw3.ReferenceSolutions.Statistics;
using MathNet.Numerics.Distributions;

namespace Hw3.Grader.Tests.Checks;

/// <summary>The estimator item: its plan, its threshold, and its power against biased or too-noisy estimators.</summary>
public sealed class StatisticalCheckTests
{
    private const string ItemId = "q4.estimators";
    private const string ScoreFunction = "Q4.EstimateGradientScoreFunction";
    private const string Reparameterization = "Q4.EstimateGradientReparameterization";

    private static StatisticalCheck Check => (StatisticalCheck)RealRubric.Check(ItemId);

    /// <summary>The score-function estimator with (x − μ)/σ where (x − μ)/σ² belongs.</summary>
    internal static WireValue ScoreFunctionOverSigma(CallArguments a)
    {
        var (f, mu, sigma, samples, rng) = (a.Function(0), a.Array(1), a.Double(2), a.Int(3), a.Random(4));
        var sum = new double[mu.Length];
        for (var n = 0; n < samples; n++)
        {
            var eps = StandardNormal.Vector(rng, mu.Length);
            var x = eps.Select((e, i) => mu[i] + sigma * e).ToArray();
            var fx = f.Value(x);
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += fx * (x[i] - mu[i]) / sigma;
            }
        }

        return WireValue.Of(sum.Select(s => s / samples).ToArray());
    }

    /// <summary>A correct integrand, averaged over 10 draws whatever <c>samples</c> says.</summary>
    internal static WireValue TenSamples(string member, CallArguments a) => WireValue.Of(member == ScoreFunction
        ? Q4Reference.EstimateGradientScoreFunction(a.Function(0).Value, a.Array(1), a.Double(2), 10, a.Random(4))
        : Q4Reference.EstimateGradientReparameterization(a.Function(0).Gradient, a.Array(1), a.Double(2), 10, a.Random(4)));

    /// <summary>A correct integrand, averaged over a tenth of the draws <c>samples</c> asks for.</summary>
    internal static WireValue TenthOfTheSamples(string member, CallArguments a) => WireValue.Of(member == ScoreFunction
        ? Q4Reference.EstimateGradientScoreFunction(a.Function(0).Value, a.Array(1), a.Double(2), a.Int(3) / 10, a.Random(4))
        : Q4Reference.EstimateGradientReparameterization(a.Function(0).Gradient, a.Array(1), a.Double(2), a.Int(3) / 10, a.Random(4)));

    [Fact]
    public void The_z_threshold_is_the_bonferroni_two_sided_normal_quantile_of_half_the_false_fail_probability()
    {
        var check = Check;
        var settings = check.Item.Settings;

        check.ComponentsTested.Should().Be(settings.Cases.Sum(c => c.Dimension) * check.Item.Targets.Count).And.Be(28);
        var perTest = settings.FalseFailProbability / 2 / (2.0 * check.ComponentsTested);
        check.Threshold.Should().BeApproximately(-Normal.InvCDF(0, 1, perTest), 1e-6);
        (2 * check.ComponentsTested * Normal.CDF(0, 1, -check.Threshold)).Should().BeApproximately(settings.FalseFailProbability / 2, 1e-6 * settings.FalseFailProbability);
        check.Threshold.Should().BeInRange(5, 7);
    }

    [Fact]
    public void The_spread_threshold_is_the_bonferroni_chi_squared_quantile_of_the_other_half()
    {
        var check = Check;
        var settings = check.Item.Settings;
        var degrees = settings.Replicates - 1;

        var tail = 1 - ChiSquared.CDF(degrees, check.SpreadThreshold * degrees);

        (check.ComponentsTested * tail).Should().BeApproximately(settings.FalseFailProbability / 2, 1e-3 * settings.FalseFailProbability);
        check.SpreadThreshold.Should().BeInRange(3, 10);
    }

    [Theory]
    [InlineData(1e-3, 1, 1)]
    [InlineData(1e-6, 8, 2)]
    [InlineData(1e-9, 1, 2)]
    public void The_threshold_follows_the_probability_and_the_number_of_components(double probability, int dimension, int estimators)
    {
        var item = RealRubric.Item(ItemId);
        var changed = item with
        {
            Targets = item.Targets.Take(estimators).ToList(),
            Settings = item.Settings with { Cases = [new StatisticalCase("quadratic", dimension, 0.7)], FalseFailProbability = probability },
        };

        var check = new StatisticalCheck(changed, new CheckContext(GraderServices.References, GraderServices.Mistakes, 11));

        check.ComponentsTested.Should().Be(dimension * estimators);
        (2 * check.ComponentsTested * Normal.CDF(0, 1, -check.Threshold)).Should().BeApproximately(probability / 2, 1e-6 * probability);
        (check.ComponentsTested * (1 - ChiSquared.CDF(changed.Settings.Replicates - 1, check.SpreadThreshold * (changed.Settings.Replicates - 1)))).Should().BeApproximately(probability / 2, 1e-3 * probability);
    }

    [Fact]
    public void Each_estimator_is_called_on_independent_seeded_streams_with_the_rubrics_sample_count()
    {
        var item = RealRubric.Item(ItemId);

        var calls = Check.PlanCalls();

        calls.Should().HaveCount(item.Settings.Cases.Count * item.Targets.Count * item.Settings.Replicates);
        calls.Should().OnlyContain(c => c.Arguments[3].Integer == item.Settings.Samples && c.Arguments[4].Kind == WireKind.Random);
        calls.Select(c => c.Arguments[4].Seed).Should().OnlyHaveUniqueItems();
        calls.Select(c => c.Key).Should().OnlyHaveUniqueItems();
        calls.Select(c => c.Arguments[1].Numbers!.Length).Distinct().Should().BeEquivalentTo(item.Settings.Cases.Select(c => c.Dimension));
        calls.GroupBy(c => c.Arguments[1].Numbers!.Length).Should().OnlyContain(sameCase =>
            sameCase.Select(c => MemberCall.ToCSharp(c.Arguments[1])).Distinct().Count() == 1
            && sameCase.Select(c => MemberCall.ToCSharp(c.Arguments[0])).Distinct().Count() == 2);
    }

    [Fact]
    public void The_plan_repeats_for_a_seed_and_changes_with_it()
    {
        var item = RealRubric.Item(ItemId);
        IEnumerable<string> Keys(int seed) => new StatisticalCheck(item, new CheckContext(GraderServices.References, GraderServices.Mistakes, seed)).PlanCalls().Select(c => c.Key);

        Keys(5).Should().Equal(Keys(5));
        Keys(5).Should().NotIntersectWith(Keys(6));
    }

    [Fact]
    public void The_reference_estimators_pass_and_the_details_state_the_false_fail_probability()
    {
        var result = FakeStudent.Reference.Grade(ItemId);

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
        result.Reason.Should().Be("unbiased, with the expected spread");
        result.Details.Should().Contain("✓ Q4.EstimateGradientScoreFunction: unbiased on 4 settings (10 seeded calls × 500 samples each).")
            .And.Contain("A correct estimator fails this item with probability at most ").And.Contain("(28 two-sided z-tests at |z| ≤ 5.")
            .And.Contain(" and 28 spread tests at variance ratio ≤ ");
    }

    [Fact]
    public void A_score_function_estimator_dividing_by_sigma_fails()
    {
        var result = FakeStudent.Reference.With(ScoreFunction, ScoreFunctionOverSigma).Grade(ItemId);

        result.Score.Should().Be(2, result.Details);
        result.Status.Should().Be(ItemStatus.Partial);
        result.Reason.Should().Be("biased or wrong spread");
        result.Details.Should().Contain("✗ Q4.EstimateGradientScoreFunction on f = ").And.Contain("standard errors away from ∇F(μ)")
            .And.Contain("✓ Q4.EstimateGradientReparameterization").And.Contain("Reproduce: ./hw3 eval fake \"Q4.EstimateGradientScoreFunction(");
    }

    [Theory]
    [InlineData(ScoreFunction)]
    [InlineData(Reparameterization)]
    public void An_estimator_that_averages_only_ten_draws_fails(string member)
    {
        var result = FakeStudent.Reference.With(member, a => TenSamples(member, a)).Grade(ItemId);

        result.Score.Should().Be(2, result.Details);
        result.Details.Should().Contain($"✗ {member} on f = ");
    }

    [Theory]
    [InlineData(ScoreFunction)]
    [InlineData(Reparameterization)]
    public void An_estimator_that_averages_a_tenth_of_the_draws_fails_on_its_spread_or_its_average(string member)
    {
        var result = FakeStudent.Reference.With(member, a => TenthOfTheSamples(member, a)).Grade(ItemId);

        result.Score.Should().Be(2, result.Details);
        result.Reason.Should().Be("biased or wrong spread");
        result.Details.Should().Contain($"✗ {member} on f = ").And.Contain("average over exactly `samples` draws");
        result.Details.Should().Match(d => d.Contains("times as much as a correct estimator's in component") || d.Contains("standard errors away from ∇F(μ)"));
    }

    [Fact]
    public void An_estimate_of_the_wrong_length_is_an_invalid_value()
    {
        var result = FakeStudent.Reference.With(Reparameterization, a => new double[a.Array(1).Length + 1]).Grade(ItemId);

        result.Score.Should().Be(2);
        result.Reason.Should().Be("invalid value");
        result.Details.Should().MatchRegex(@"returned an array of length (\d+); expected \d+\.");
    }

    [Fact]
    public void An_estimator_that_is_not_implemented_scores_nothing_for_that_estimator()
    {
        var result = FakeStudent.Reference.Failing(Reparameterization, FakeStudent.NotImplemented).Grade(ItemId);

        result.Score.Should().Be(2);
        result.Reason.Should().Be("not implemented");
        result.Details.Should().Contain("Q4.EstimateGradientReparameterization(Func<double[], double[]>, double[], double, int, Random) is not implemented yet");
    }
}
