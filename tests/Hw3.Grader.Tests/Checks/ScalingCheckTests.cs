using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Grading;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Checks;

/// <summary>Growth rates: fitted exponents, partial credit for the right growth with a wrong constant, and Θ(·) items.</summary>
public sealed class ScalingCheckTests
{
    [Fact]
    public void Right_exponents_with_a_wrong_constant_earn_partial_credit_and_the_hint()
    {
        var student = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => (double)a.Int(0) * a.Int(0));

        var result = student.Grade("q1b.rms");

        result.Score.Should().Be(RealRubric.Item("q1b.rms").Points * ((ScalingSettings)RealRubric.Item("q1b.rms").Settings).PartialCredit);
        result.Score.Should().Be(1.5);
        result.Status.Should().Be(ItemStatus.Partial);
        result.Reason.Should().Be("right growth, wrong constant");
        result.Mistakes.Should().Equal("d1-squared");
        result.Details.Should().Contain("◐").And.Contain("d1^2.00").And.Contain("d2^0.00").And.Contain("partial credit")
            .And.Contain("Hint: " + RealRubric.Item("q1b.rms").Mistakes.Single(m => m.Id == "d1-squared").Message);
        Feedback.ShouldNotRevealExpectedValues(result, RealRubric.Check("q1b.rms"), student);
    }

    [Fact]
    public void The_wrong_growth_in_d1_earns_nothing_and_names_the_mistake()
    {
        var student = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => (double)a.Int(0));

        var result = student.Grade("q1b.rms");

        Feedback.ShouldNameTheMistake(result, "q1b.rms", "d1");
        result.Details.Should().Contain("Your values grow like d1^1.00 · d2^0.00.");
    }

    [Fact]
    public void Growth_in_d2_earns_nothing_and_names_the_mistake()
    {
        var student = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => (double)a.Int(0) * a.Int(0) * a.Int(1));

        Feedback.ShouldNameTheMistake(student.Grade("q1b.rms"), "q1b.rms", "d1-squared-times-d2");
    }

    [Fact]
    public void A_wrong_growth_that_is_no_known_mistake_is_reported_as_wrong_growth()
    {
        var student = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => Math.Pow(a.Int(0), 1.5));

        var result = student.Grade("q1b.rms");

        result.Score.Should().Be(0);
        result.Reason.Should().Be("wrong growth");
        result.Details.Should().Contain("d1^1.50");
    }

    [Fact]
    public void Values_that_are_not_positive_have_no_growth_rate()
    {
        var student = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => -(double)a.Int(0) * a.Int(0));

        var result = student.Grade("q1b.rms");

        result.Score.Should().Be(0);
        result.Reason.Should().Be("no growth rate");
        result.Details.Should().Contain("a growth rate needs positive, finite values");
    }

    [Fact]
    public void A_nan_on_a_compared_input_earns_no_partial_credit()
    {
        // Right growth on the large fitted sizes, but NaN at d1 = 1, which only the value comparison sees: NaN never passes.
        var student = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => a.Int(0) == 1 ? double.NaN : (double)a.Int(0) * a.Int(0));

        var result = student.Grade("q1b.rms");

        result.Score.Should().Be(0, result.Details);
        result.Details.Should().Contain("returned NaN");
    }

    [Fact]
    public void The_details_name_the_compared_and_the_fitted_grids()
    {
        var result = FakeStudent.Reference.Grade("q1b.rms");

        result.Details.Should().Contain("values on d1 ∈ {1, 4, 16, 64, 256, 1024} × d2 ∈ {1, 3, 50}")
            .And.Contain("growth fitted on d1 ∈ {256, 512, 1024, 2048} × d2 ∈ {2, 16, 128}");
    }
}
