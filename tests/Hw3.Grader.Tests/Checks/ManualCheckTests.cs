using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Checks;

/// <summary>Free text for staff: collected, shown, never scored or counted as lost.</summary>
public sealed class ManualCheckTests
{
    [Fact]
    public void A_manual_item_scores_zero_of_zero_and_hands_its_points_to_staff()
    {
        var result = FakeStudent.Reference.Grade("q3c.text");

        result.Status.Should().Be(ItemStatus.Manual);
        result.IsManual.Should().BeTrue();
        result.Score.Should().Be(0);
        result.MaxScore.Should().Be(0);
        result.ManualPoints.Should().Be(RealRubric.Item("q3c.text").Points).And.Be(2);
        result.Reason.Should().Be("for staff: 3 of 3 answers collected");
        result.Details.Should().StartWith("Staff grade this item by hand (2 points)");
    }

    [Fact]
    public void Every_answer_is_collected_under_its_member()
    {
        var student = FakeStudent.Reference.Answering("Q1.WhyOnlyFanInMatters", WireValue.Of("Each output sums d1 coherent terms."));

        var result = student.Grade("q1c");

        result.Answers.Should().Equal(new ManualAnswer("Q1.WhyOnlyFanInMatters", "Each output sums d1 coherent terms."));
        result.Details.Should().Contain("Q1.WhyOnlyFanInMatters: Each output sums d1 coherent terms.");
    }

    [Fact]
    public void A_missing_answer_is_reported_and_still_costs_no_automatic_points()
    {
        var result = FakeStudent.Reference.Failing("Q3.LowerBoundAssumption", FakeStudent.NotImplemented).Grade("q3c.lower");

        result.Score.Should().Be(0);
        result.MaxScore.Should().Be(0);
        result.ManualPoints.Should().Be(1);
        result.Reason.Should().Be("for staff: 0 of 1 answers collected");
        result.Answers.Single(a => a.Member == "Q3.LowerBoundAssumption").Text.Should().BeNull();
        result.Details.Should().Contain("Q3.LowerBoundAssumption: no answer collected: Q3.LowerBoundAssumption is not implemented yet");
    }

    [Fact]
    public void An_answer_that_is_not_text_is_not_collected()
    {
        var result = FakeStudent.Reference.Answering("Q1.WhyOnlyFanInMatters", WireValue.Of(42)).Grade("q1c");

        result.Answers.Single().Text.Should().BeNull();
        result.Reason.Should().Be("for staff: 0 of 1 answers collected");
        result.Details.Should().Contain("Q1.WhyOnlyFanInMatters: returned 42, not text; no answer collected.");
    }

    [Fact]
    public void An_empty_answer_is_shown_as_empty_and_not_counted()
    {
        var result = FakeStudent.Reference.Answering("Q1.WhyOnlyFanInMatters", WireValue.Of("   ")).Grade("q1c");

        result.Reason.Should().Be("for staff: 0 of 1 answers collected");
        result.Details.Should().Contain("Q1.WhyOnlyFanInMatters: (empty)");
    }

    [Fact]
    public void A_very_long_answer_is_shortened_in_the_details_but_collected_whole()
    {
        var essay = new string('x', 10_000);

        var result = FakeStudent.Reference.Answering("Q1.WhyOnlyFanInMatters", WireValue.Of(essay)).Grade("q1c");

        result.Answers.Single().Text.Should().Be(essay);
        result.Details.Should().Contain("… (6000 more characters)").And.NotContain(essay);
        result.Details.Length.Should().BeLessThan(5_000);
    }
}
