using Hw3.Grader.Checks;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Checks;

/// <summary>Calls that did not return a usable value: no points, and a plain sentence that says what happened.</summary>
public sealed class CallOutcomeTests
{
    [Fact]
    public void A_member_that_is_not_implemented_scores_zero_with_a_plain_message()
    {
        var result = FakeStudent.Reference.Failing("Q1.ExpectedRmsSquaredAtInit", FakeStudent.NotImplemented).Grade("q1a.rms");

        result.Score.Should().Be(0);
        result.Status.Should().Be(ItemStatus.Failed);
        result.Reason.Should().Be("not implemented");
        result.Details.Should().Contain("Q1.ExpectedRmsSquaredAtInit(int, int) is not implemented yet (it throws NotImplementedException)")
            .And.Contain("Call: Q1.ExpectedRmsSquaredAtInit(1, 1)").And.NotContain("./hw3");
    }

    [Theory]
    [InlineData("q1b.rms", "Q1.ExpectedSignUpdateRmsSquared")]
    [InlineData("q2c.hidden", "Q2.HiddenLayerLearningRate")]
    [InlineData("q4.estimators", "Q4.EstimateGradientScoreFunction")]
    [InlineData("q4a", "Q4.ScoreFunctionIntegrand")]
    [InlineData("q6", "Q6.Sources")]
    [InlineData("q3b.exponents", "Q3.MuPHiddenAdamLrExponent")]
    public void A_member_that_is_not_implemented_loses_its_share_of_every_kind_of_item(string itemId, string memberId)
    {
        var item = RealRubric.Item(itemId);

        var result = FakeStudent.Reference.Failing(memberId, FakeStudent.NotImplemented).Grade(itemId);

        result.Score.Should().BeApproximately(item.Points * (item.Targets.Count - 1) / item.Targets.Count, 1e-4);
        result.Details.Should().Contain("is not implemented yet");
    }

    [Fact]
    public void A_call_that_timed_out_scores_zero_and_says_so()
    {
        var outcome = CallOutcome.Failed(CallStatus.TimedOut, "did not return within 5 s; the runner was stopped");

        var result = FakeStudent.Reference.Failing("Q5.ForwardOps", outcome).Grade("q5a");

        result.Score.Should().Be(0);
        result.Reason.Should().Be("timed out");
        result.Details.Should().Contain("Q5.ForwardOps(10, 5) did not return within 5 s; the runner was stopped");
    }

    [Fact]
    public void A_runner_crash_scores_zero_and_says_so()
    {
        var outcome = CallOutcome.Failed(CallStatus.Crashed, "the runner crashed (stack overflow) before answering");

        var result = FakeStudent.Reference.Failing("Q4.ScoreFunctionIntegrand", outcome).Grade("q4a");

        result.Score.Should().Be(0);
        result.Reason.Should().Be("crashed");
        result.Details.Should().Contain("the runner crashed (stack overflow) before answering").And.Contain("Call: Q4.ScoreFunctionIntegrand(");
    }

    [Fact]
    public void A_member_that_throws_names_the_exception()
    {
        var student = FakeStudent.Reference.With("Q1.InitScale", a => a.Int(1) > 1 ? throw new ArgumentOutOfRangeException("d2", "d2 too large") : 1 / Math.Sqrt(a.Int(0)));

        var result = student.Grade("q1a.scale");

        result.Score.Should().Be(0);
        result.Reason.Should().Be("threw ArgumentOutOfRangeException");
        result.Details.Should().Contain("Q1.InitScale(1, 3) threw ArgumentOutOfRangeException: d2 too large");
    }

    [Fact]
    public void A_missing_property_costs_its_share_of_a_property_item()
    {
        var outcome = CallOutcome.Failed(CallStatus.MemberMissing, "Q2 has no member OptimalMuPLearningRateStableAcrossWidth");

        var result = FakeStudent.Reference.Failing("Q2.OptimalMuPLearningRateStableAcrossWidth", outcome).Grade("q2e.trends");

        result.Score.Should().Be(1);
        result.Status.Should().Be(ItemStatus.Partial);
        result.Reason.Should().Be("1 of 2 right: member missing");
        result.Details.Should().Contain("Q2 has no member OptimalMuPLearningRateStableAcrossWidth (expected Q2.OptimalMuPLearningRateStableAcrossWidth)");
    }

    [Fact]
    public void A_submission_that_never_ran_scores_zero_everywhere_and_collects_no_answers()
    {
        var calls = RealRubric.Session.Calls.Select(c => c.Call).ToList();
        var results = CallResults.AllFailed(calls, CallOutcome.Failed(CallStatus.NotRun, "was not run: the submission did not compile"), "broken");

        var items = RealRubric.Session.Checks.Select(c => c.Score(results)).ToList();

        items.Should().OnlyContain(i => i.Score == 0);
        items.Where(i => !i.IsManual).Should().OnlyContain(i => i.Status == ItemStatus.Failed);
        items.Where(i => i.IsManual).Should().OnlyContain(i => i.Status == ItemStatus.Manual && i.Answers.All(a => a.Text == null));
        items.Single(i => i.Id == "q1a.rms").Reason.Should().Be("not run");
    }

    [Theory]
    [InlineData(double.NaN, "NaN returned", "returned NaN")]
    [InlineData(double.PositiveInfinity, "invalid value", "returned +∞")]
    [InlineData(double.NegativeInfinity, "invalid value", "returned −∞")]
    public void A_non_finite_number_fails_a_grid_item(double value, string reason, string detail)
    {
        var result = FakeStudent.Reference.With("Q1.ExpectedRmsSquaredAtInit", _ => value).Grade("q1a.rms");

        result.Score.Should().Be(0);
        result.Reason.Should().Be(reason);
        result.Details.Should().Contain(detail);
    }

    [Fact]
    public void An_array_holding_nan_fails_a_q4_item()
    {
        var student = FakeStudent.Reference.With("Q4.GaussianReparameterization", a => a.Array(0).Select(_ => double.NaN).ToArray());

        var result = student.Grade("q4e");

        result.Score.Should().Be(0);
        result.Reason.Should().Be("NaN returned");
        result.Details.Should().Contain("returned an array containing NaN or ±∞");
    }

    [Fact]
    public void An_array_of_the_wrong_length_fails_with_the_lengths_named()
    {
        var student = FakeStudent.Reference.With("Q4.GaussianReparameterization", a => a.Array(0).Skip(1).Append(0).Append(0).ToArray());

        var result = student.Grade("q4e");

        result.Score.Should().Be(0);
        result.Details.Should().MatchRegex(@"returned an array of length (\d+); expected length \d+ \(one entry per dimension\)");
    }

    [Fact]
    public void Text_where_a_number_is_expected_fails()
    {
        var result = FakeStudent.Reference.With("Q1.ExpectedRmsSquaredAtInit", _ => WireValue.Of("d1")).Grade("q1a.rms");

        result.Score.Should().Be(0);
        result.Details.Should().Contain("returned \"d1\", not a number");
    }

    [Fact]
    public void A_nan_exponent_fails()
    {
        var result = FakeStudent.Reference.Answering("Q3.MuPHiddenAdamLrExponent", WireValue.Of(double.NaN)).Grade("q3b.exponents");

        result.Score.Should().Be(0.5);
        result.Details.Should().Contain("Q3.MuPHiddenAdamLrExponent returned NaN");
    }

    [Fact]
    public void A_nan_estimate_fails_the_statistical_item()
    {
        var student = FakeStudent.Reference.With("Q4.EstimateGradientReparameterization", a => a.Array(1).Select(_ => double.NaN).ToArray());

        var result = student.Grade("q4.estimators");

        result.Score.Should().Be(2);
        result.Reason.Should().Be("invalid value");
        result.Details.Should().Contain("returned NaN or ±∞");
    }

    [Fact]
    public void Nan_everywhere_fails_a_scaling_item()
    {
        var result = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", _ => double.NaN).Grade("q1b.rms");

        result.Score.Should().Be(0);
        result.Details.Should().Contain("returned NaN");
    }
}
