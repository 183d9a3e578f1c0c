using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Power;
using Hw3.Grader.Tests.Rubrics;
using Hw3.ReferenceSolutions.Q4.Estimators;

namespace Hw3.Grader.Tests.Checks;

/// <summary>
/// The power table's targets, on fewer seeds than <c>./hw3 power</c>'s 10⁴ (README.md, "Power of the estimator check", holds its figures):
/// 200 seeds take about 15 s of CPU. Unbiased estimators must never fail (at a true rate of 10⁻⁶, a failure in 200
/// seeds has probability 2·10⁻⁴); mistakes must fail on every seed but at most 2 (a check whose true power were the
/// bare 0.99 target would miss more than 2 of 200 with probability 0.32; the measured power is far above it).
/// </summary>
public sealed class EstimatorPowerTests
{
    private const int Seeds = 200;
    private const int AllowedMisses = 2;

    private static readonly Lazy<IReadOnlyList<PowerRow>> Rows = new(() =>
        new EstimatorPower(RealRubric.Item("q4.estimators"), new CheckContext(GraderServices.References, GraderServices.Mistakes, RealRubric.Rubric.Seed))
            .Measure(EstimatorVariants.All, firstSeed: 1_000_000, Seeds, jobs: 2));

    public static TheoryData<string> Unbiased { get; } = [.. EstimatorVariants.All.Where(v => v.Unbiased).Select(v => v.Id)];

    public static TheoryData<string> Mistakes { get; } = [.. EstimatorVariants.All.Where(v => !v.Unbiased).Select(v => v.Id)];

    [Theory]
    [MemberData(nameof(Unbiased))]
    public void An_unbiased_estimator_never_fails(string variant)
    {
        foreach (var row in Rows.Value.Where(r => r.Variant == variant))
        {
            row.Failures.Should().Be(0, "{0} on {1} is unbiased", variant, row.Member);
            row.LargestAbsT.Should().BeLessThan(RealRubricThreshold(), "a passing estimator stays within the threshold");
        }
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_fails_on_almost_every_seed(string variant)
    {
        foreach (var row in Rows.Value.Where(r => r.Variant == variant))
        {
            (row.Seeds - row.Failures).Should().BeLessThanOrEqualTo(AllowedMisses, "{0} on {1} must fail with probability ≥ {2}", variant, row.Member, row.Target);
        }
    }

    [Fact]
    public void The_table_covers_both_estimators_and_every_variant_the_issue_names()
    {
        Rows.Value.Select(r => r.Member).Distinct().Should().BeEquivalentTo(["Q4.EstimateGradientScoreFunction", "Q4.EstimateGradientReparameterization"]);
        Rows.Value.Select(r => r.Variant).Distinct().Should().Contain(["correct", "baseline", "antithetic", "sigma-blind", "sigma-for-sigma-squared", "times-0.95", "times-0.90"]);
        Rows.Value.Should().OnlyContain(r => r.Seeds == Seeds);
    }

    [Fact]
    public void A_scaled_variant_reuses_the_correct_answers_as_the_same_numbers()
    {
        var check = (StatisticalCheck)RealRubric.Check("q4.estimators");
        var calls = check.PlanCalls().Take(3).ToList();
        var correct = InProcessEstimator.Run(EstimatorVariants.Correct, calls);

        var scaled = InProcessEstimator.Scale(EstimatorVariants.FivePercentLow, correct, calls);
        var direct = InProcessEstimator.Run(EstimatorVariants.FivePercentLow, calls);

        calls.Should().OnlyContain(c => scaled[c].Value!.Numbers!.SequenceEqual(direct[c].Value!.Numbers!));
    }

    private static double RealRubricThreshold() => ((StatisticalCheck)RealRubric.Check("q4.estimators")).Threshold;
}
