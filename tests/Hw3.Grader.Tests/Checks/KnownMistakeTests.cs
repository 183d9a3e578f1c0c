using Hw3.Grader.Checks.Kinds.Grid;
using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Checks;

/// <summary>Wrong answers the course staff expect: no points, the mistake named in one sentence, the right value never shown.</summary>
public sealed class KnownMistakeTests
{
    [Fact]
    public void Q1a_rms_of_d1_times_d2_is_named_without_the_answer()
    {
        var student = FakeStudent.Reference.With("Q1.ExpectedRmsSquaredAtInit", a => (double)a.Int(0) * a.Int(1));

        var result = student.Grade("q1a.rms");

        Feedback.ShouldNameTheMistake(result, "q1a.rms", "d1-times-d2");
        result.Details.Should().NotContain("; expected");
    }

    [Fact]
    public void Q1a_scale_of_one_over_root_d1_d2_is_named_without_the_answer()
    {
        var student = FakeStudent.Reference.With("Q1.InitScale", a => 1 / Math.Sqrt((double)a.Int(0) * a.Int(1)));

        var result = student.Grade("q1a.scale");

        Feedback.ShouldNameTheMistake(result, "q1a.scale", "inverse-sqrt-d1-d2");
        Feedback.ShouldNotRevealExpectedValues(result, RealRubric.Check("q1a.scale"), student);
    }

    [Fact]
    public void Q1b_scale_of_one_over_root_d1_is_named_without_the_answer()
    {
        var student = FakeStudent.Reference.With("Q1.SignUpdateScale", a => 1 / Math.Sqrt(a.Int(0)));

        var result = student.Grade("q1b.scale");

        Feedback.ShouldNameTheMistake(result, "q1b.scale", "inverse-sqrt-d1");
        Feedback.ShouldNotRevealExpectedValues(result, RealRubric.Check("q1b.scale"), student);
    }

    [Fact]
    public void Q4a_dividing_by_sigma_instead_of_sigma_squared_is_named_without_the_answer()
    {
        var student = FakeStudent.Reference.With("Q4.ScoreFunctionIntegrand", a =>
        {
            var (x, mu, sigma) = (a.Array(1), a.Array(2), a.Double(3));
            var fx = a.Function(0).Value(x);
            return x.Select((xi, i) => fx * (xi - mu[i]) / sigma).ToArray();
        });

        var result = student.Grade("q4a");

        Feedback.ShouldNameTheMistake(result, "q4a", "over-sigma");
        Feedback.ShouldNotRevealExpectedValues(result, RealRubric.Check("q4a"), student);
    }

    [Fact]
    public void Q4b_and_q4e_forgetting_sigma_are_named()
    {
        var student = FakeStudent.Reference
            .With("Q4.ReparameterizedIntegrand", a => a.Function(0).Value(a.Array(1).Zip(a.Array(2), (e, m) => m + e).ToArray()))
            .With("Q4.GaussianReparameterization", a => a.Array(0).Zip(a.Array(1), (z, m) => m + z).ToArray());

        Feedback.ShouldNameTheMistake(student.Grade("q4b"), "q4b", "without-sigma");
        Feedback.ShouldNameTheMistake(student.Grade("q4e"), "q4e", "without-sigma");
    }

    [Fact]
    public void Q5a_thirty_fwd_ops_is_named_as_counting_the_initial_pass()
    {
        var student = FakeStudent.Reference.Answering("Q5.ForwardOps", WireValue.Of(30));

        var result = student.Grade("q5a");

        Feedback.ShouldNameTheMistake(result, "q5a", "with-initial-pass");
        result.Details.Should().Contain("returned 30").And.NotContain("20");
        Feedback.ShouldNotRevealExpectedValues(result, RealRubric.Check("q5a"), student);
    }

    [Fact]
    public void Q5b_two_loadmem_ops_is_named_as_counting_checkpoints_only()
    {
        var student = FakeStudent.Reference.Answering("Q5.LoadMemOps", WireValue.Of(2));

        var result = student.Grade("q5b");

        Feedback.ShouldNameTheMistake(result, "q5b", "checkpoints-only");
        result.Details.Should().Contain("returned 2,");
    }

    [Fact]
    public void Q5_general_recognises_counting_the_initial_pass_on_every_network()
    {
        var student = FakeStudent.Reference.With("Q5.ForwardOps", a => WireValue.Of(Hw3.ReferenceSolutions.Q5.Q5Reference.ForwardOps(a.Int(0), a.Int(1)) + a.Int(0)));

        var result = student.Grade("q5.general");

        result.Score.Should().Be(2, "two of the three members are right");
        result.Status.Should().Be(ItemStatus.Partial);
        result.Mistakes.Should().Equal("with-initial-pass");
        result.Reason.Should().Be("known mistake: with-initial-pass");
    }

    [Fact]
    public void A_wrong_answer_that_is_no_known_mistake_gets_no_hint()
    {
        var student = FakeStudent.Reference.With("Q1.ExpectedRmsSquaredAtInit", a => 2.0 * a.Int(0));

        var result = student.Grade("q1a.rms");

        result.Score.Should().Be(0);
        result.Reason.Should().Be("wrong value");
        result.Mistakes.Should().BeEmpty();
        result.Details.Should().NotContain("Hint:").And.Contain("which is not the expected value").And.NotContain("; expected");
    }

    [Fact]
    public void A_rubric_that_asks_to_show_expected_values_shows_them()
    {
        var item = RealRubric.Item("q5a");
        var settings = (GridSettings)item.Settings with { ShowExpected = true };
        var check = new GridCheck(item with { Settings = settings }, settings, new CheckContext(GraderServices.References, GraderServices.Mistakes, RealRubric.Rubric.Seed));

        var result = FakeStudent.Reference.Answering("Q5.ForwardOps", WireValue.Of(30)).Grade(check);

        result.Details.Should().Contain("returned 30").And.Contain("expected 20");
    }
}
