using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Tests.Checks;

/// <summary>Q6: completion credit for non-empty sources and collaborators and a positive number of hours.</summary>
public sealed class CompletionCheckTests
{
    [Fact]
    public void Three_honest_answers_earn_the_point()
    {
        var result = FakeStudent.Reference.Grade("q6");

        result.Score.Should().Be(1);
        result.Status.Should().Be(ItemStatus.Passed);
        result.Reason.Should().Be("complete");
        result.Answers.Select(a => a.Member).Should().Equal("Q6.Sources", "Q6.Collaborators", "Q6.HoursSpent");
        result.Answers.Single(a => a.Member == "Q6.HoursSpent").Text.Should().Be("7.5");
    }

    [Fact]
    public void An_empty_answer_loses_its_third()
    {
        var result = FakeStudent.Reference.Answering("Q6.Collaborators", WireValue.Of("  ")).Grade("q6");

        result.Score.Should().BeApproximately(2.0 / 3, 1e-4);
        result.Status.Should().Be(ItemStatus.Partial);
        result.Reason.Should().Be("2 of 3 answered");
        result.Details.Should().Contain("✗ Q6.Collaborators is empty (it holds no letter or digit).");
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u00AD")]
    [InlineData("-- . !")]
    public void An_answer_without_a_letter_or_digit_is_empty(string text)
    {
        var result = FakeStudent.Reference.Answering("Q6.Sources", WireValue.Of(text)).Grade("q6");

        result.Score.Should().BeApproximately(2.0 / 3, 1e-4);
        result.Details.Should().Contain("✗ Q6.Sources is empty");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.Epsilon)]
    [InlineData(0.05)]
    [InlineData(1e6)]
    public void Hours_that_are_not_a_plausible_positive_number_do_not_count(double hours)
    {
        var result = FakeStudent.Reference.Answering("Q6.HoursSpent", WireValue.Of(hours)).Grade("q6");

        result.Score.Should().BeApproximately(2.0 / 3, 1e-4);
        result.Details.Should().Contain("Q6.HoursSpent returned").And.Contain("expected a positive number");
    }

    [Fact]
    public void Whole_hours_count()
    {
        FakeStudent.Reference.Answering("Q6.HoursSpent", WireValue.Of(6)).Grade("q6").Score.Should().Be(1);
    }

    [Fact]
    public void An_unanswered_question_says_it_is_not_implemented()
    {
        var result = FakeStudent.Reference.Failing("Q6.Sources", FakeStudent.NotImplemented).Grade("q6");

        result.Score.Should().BeApproximately(2.0 / 3, 1e-4);
        result.Details.Should().Contain("✗ Q6.Sources is not implemented yet (it throws NotImplementedException).");
    }
}
