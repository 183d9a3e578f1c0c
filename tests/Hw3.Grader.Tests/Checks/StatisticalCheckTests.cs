using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.References;
using Hw3.Grader.Tests.Rubrics;
using Hw3.ReferenceSolutions.Q4;
using Hw3.ReferenceSolutions.Q4.Estimators;
using Hw3.ReferenceSolutions.Statistics;
using MathNet.Numerics.Distributions;

namespace Hw3.Grader.Tests.Checks;

/// <summary>The estimator item: its plan, its threshold, and what it decides on unbiased, noisy, biased and constant estimators.</summary>
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

    /// <summary>A correct integrand, averaged over <paramref name="draws"/> draws whatever <c>samples</c> says: unbiased, only noisier.</summary>
    internal static WireValue Draws(string member, CallArguments a, int draws) => WireValue.Of(member == ScoreFunction
        ? Q4Reference.EstimateGradientScoreFunction(a.Function(0).Value, a.Array(1), a.Double(2), draws, a.Random(4))
        : Q4Reference.EstimateGradientReparameterization(a.Function(0).Gradient, a.Array(1), a.Double(2), draws, a.Random(4)));

    /// <summary>A variant of the reference-written estimators, as a fake student.</summary>
    internal static FakeStudent Writing(EstimatorVariant variant) => FakeStudent.Reference
        .With(ScoreFunction, a => variant.ScoreFunction(a.Function(0).Value, a.Array(1), a.Double(2), a.Int(3), a.Random(4)))
        .With(Reparameterization, a => variant.Reparameterization(a.Function(0).Gradient, a.Array(1), a.Double(2), a.Int(3), a.Random(4)));

    [Fact]
    public void The_threshold_is_the_bonferroni_two_sided_student_t_quantile_of_the_false_fail_probability()
    {
        var check = Check;
        var settings = check.Settings;

        check.ComponentsTested.Should().Be(settings.Cases.Sum(c => c.Dimension * check.Item.Targets.Count(t => c.Tests(t.Member.Id)))).And.Be(5);
        var degrees = settings.Replicates - 1;
        (2 * check.ComponentsTested * StudentT.CDF(0, 1, degrees, -check.Threshold)).Should().BeApproximately(settings.FalseFailProbability, 1e-3 * settings.FalseFailProbability);
        check.Threshold.Should().BeGreaterThan(-Normal.InvCDF(0, 1, settings.FalseFailProbability / (2.0 * check.ComponentsTested)), "Student t has heavier tails than the normal");
    }

    [Theory]
    [InlineData(1e-3, 5)]
    [InlineData(1e-6, 40)]
    [InlineData(1e-9, 200)]
    public void The_threshold_follows_the_probability_the_number_of_tests_and_the_replicates(double probability, int replicates)
    {
        var item = RealRubric.Item(ItemId);
        var settings = (StatisticalSettings)item.Settings with { FalseFailProbability = probability, Replicates = replicates };

        var check = new StatisticalCheck(item with { Settings = settings }, settings, new CheckContext(GraderServices.References, GraderServices.Mistakes, 11));

        (2 * check.ComponentsTested * StudentT.CDF(0, 1, replicates - 1, -check.Threshold)).Should().BeApproximately(probability, 1e-3 * probability);
    }

    [Fact]
    public void Each_estimator_is_called_on_its_own_cases_on_independent_seeded_streams()
    {
        var item = RealRubric.Item(ItemId);
        var settings = (StatisticalSettings)item.Settings;

        var calls = Check.PlanCalls();

        calls.Should().HaveCount(settings.Cases.Sum(c => item.Targets.Count(t => c.Tests(t.Member.Id))) * settings.Replicates);
        calls.Should().OnlyContain(c => c.Arguments[4].Kind == WireKind.Random);
        calls.Select(c => c.Arguments[4].Seed).Should().OnlyHaveUniqueItems();
        calls.Select(c => c.Key).Should().OnlyHaveUniqueItems();
        foreach (var statisticalCase in settings.Cases)
        {
            var ofCase = calls.Where(c => c.Arguments[1].Numbers!.SequenceEqual(statisticalCase.Mu)).ToList();
            ofCase.Should().HaveCount(settings.Replicates);
            ofCase.Should().OnlyContain(c => c.Arguments[3].Integer == (statisticalCase.Samples ?? settings.Samples) && c.Arguments[2].Number == statisticalCase.Sigma);
        }
    }

    [Fact]
    public void The_plan_repeats_for_a_seed_and_changes_with_it()
    {
        var item = RealRubric.Item(ItemId);
        IEnumerable<string> Keys(int seed) => new StatisticalCheck(item, (StatisticalSettings)item.Settings, new CheckContext(GraderServices.References, GraderServices.Mistakes, seed)).PlanCalls().Select(c => c.Key);

        Keys(5).Should().Equal(Keys(5));
        Keys(5).Should().NotIntersectWith(Keys(6));
    }

    [Fact]
    public void The_reference_estimators_pass_and_the_details_state_the_rule()
    {
        var result = FakeStudent.Reference.Grade(ItemId);

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
        result.Reason.Should().Be("unbiased");
        result.Details.Should().Contain("✓ Q4.EstimateGradientScoreFunction: unbiased on 1 setting (50 seeded calls × 1200 samples each).")
            .And.Contain("Graded on unbiasedness: per component, a two-sided t-test")
            .And.Contain("A correct estimator fails this item with probability at most 1e-6 (5 t-tests at |t| ≤ 6.04)")
            .And.Contain("a 5 % bias fails it with probability at least 0.99.")
            .And.NotContain("Note");
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("antithetic")]
    [InlineData("single-precision")]
    public void Unbiased_estimators_with_variance_reduction_or_in_single_precision_pass(string variant)
    {
        var result = Writing(EstimatorVariants.All.Single(v => v.Id == variant)).Grade(ItemId);

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
    }

    [Theory]
    [InlineData("sigma-blind")]
    [InlineData("sigma-for-sigma-squared")]
    [InlineData("times-0.95")]
    public void Biased_estimators_fail_both_members(string variant)
    {
        var result = Writing(EstimatorVariants.All.Single(v => v.Id == variant)).Grade(ItemId);

        result.Score.Should().Be(0, result.Details);
        result.Reason.Should().Be("biased");
        result.Details.Should().Contain("✗ Q4.EstimateGradientScoreFunction on f = sine-product with k = 2, σ = 0.5:")
            .And.Contain("✗ Q4.EstimateGradientReparameterization on f = exp with k = 3, σ = 0.5:")
            .And.Contain("standard errors away from ∇F(μ) in component")
            .And.Contain("Call: Q4.EstimateGradientScoreFunction(");
    }

    [Fact]
    public void A_score_function_estimator_dividing_by_sigma_fails_and_the_other_estimator_keeps_its_points()
    {
        var result = FakeStudent.Reference.With(ScoreFunction, ScoreFunctionOverSigma).Grade(ItemId);

        result.Score.Should().Be(2, result.Details);
        result.Status.Should().Be(ItemStatus.Partial);
        result.Details.Should().Contain("✓ Q4.EstimateGradientReparameterization");
    }

    [Theory]
    [InlineData(ScoreFunction)]
    [InlineData(Reparameterization)]
    public void An_unbiased_estimator_that_averages_a_quarter_of_its_draws_passes_with_a_note_on_its_spread(string member)
    {
        var result = FakeStudent.Reference.With(member, a => Draws(member, a, Math.Max(1, a.Int(3) / 4))).Grade(ItemId);

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
        result.Details.Should().Contain($"Note ({member} on f = ").And.Contain("times as much as a correct estimator's")
            .And.Contain("That costs no points up to 16 times, since only the bias is graded");
    }

    [Theory]
    [InlineData(ScoreFunction)]
    [InlineData(Reparameterization)]
    public void An_estimator_that_averages_only_ten_draws_fails_as_too_noisy_to_judge(string member)
    {
        var result = FakeStudent.Reference.With(member, a => Draws(member, a, 10)).Grade(ItemId);

        result.Score.Should().Be(2, result.Details);
        result.Reason.Should().Be("too noisy");
        result.Details.Should().Contain("at most 16 times is judged on its bias").And.Contain("that much noise would hide any bias");
    }

    /// <summary>Red-team finds: estimators that never call f but passed while excess spread cost nothing.</summary>
    [Theory]
    [InlineData("noise")]
    [InlineData("zeros with a huge outlier")]
    [InlineData("sigma-blind on one draw")]
    public void An_estimator_that_hides_its_bias_behind_noise_fails(string attack)
    {
        var calls = 0;
        var result = FakeStudent.Reference
            .With(ScoreFunction, a => attack switch
            {
                "noise" => a.Array(1).Select(_ => (a.Random(4).NextDouble() - 0.5) * 1e9).ToArray(),
                "zeros with a huge outlier" => a.Array(1).Select(_ => calls++ % 7 == 0 ? 1e300 : 0.0).ToArray(),
                _ => Q4Reference.EstimateGradientScoreFunction(a.Function(0).Value, a.Array(1), 1.0, 1, a.Random(4)),
            })
            .Grade(ItemId);

        result.Score.Should().Be(2, result.Details);
        result.Reason.Should().BeOneOf(["too noisy", "biased"], "a bias the t-test sees through the noise is named as such");
    }

    [Fact]
    public void An_estimator_that_returns_the_same_estimate_on_every_stream_fails()
    {
        var result = FakeStudent.Reference
            .With(Reparameterization, a => Q4Reference.EstimateGradientReparameterization(a.Function(0).Gradient, a.Array(1), a.Double(2), a.Int(3), new Random(7)))
            .Grade(ItemId);

        result.Score.Should().Be(2, result.Details);
        result.Reason.Should().Be("ignores the random stream");
        result.Details.Should().Contain("returned the same estimate").And.Contain("Draw every sample from the rng you are given");
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

    [Fact]
    public void Every_case_has_a_large_gradient_that_depends_strongly_on_sigma()
    {
        foreach (var statisticalCase in ((StatisticalSettings)RealRubric.Item(ItemId).Settings).Cases)
        {
            var mu = statisticalCase.Mu.ToArray();
            var gradient = GaussianSmoothing.ExactGradient(statisticalCase.Spec, mu, statisticalCase.Sigma);
            var sigmaBlind = GaussianSmoothing.ExactGradient(statisticalCase.Spec, mu, 1.0);
            var squared = GaussianSmoothing.ExactGradient(statisticalCase.Spec, mu, statisticalCase.Sigma * statisticalCase.Sigma);
            double Norm(double[] v) => Math.Sqrt(v.Sum(x => x * x));

            Norm(gradient).Should().BeGreaterThan(0.3, "a case where ∇F ≈ 0 can only catch excess spread");
            (Norm(sigmaBlind.Zip(gradient, (a, b) => a - b).ToArray()) / Norm(gradient)).Should().BeGreaterThan(0.25, "ignoring σ must move ∇F far beyond the 5 % the check resolves");
            (Norm(squared.Zip(gradient, (a, b) => a - b).ToArray()) / Norm(gradient)).Should().BeGreaterThan(0.1, "drawing at μ + σ²ε must move ∇F too");
            Math.Abs(statisticalCase.Sigma - 1).Should().BeGreaterThan(0.25, "at σ = 1, σ and σ² are the same number");
        }
    }
}
