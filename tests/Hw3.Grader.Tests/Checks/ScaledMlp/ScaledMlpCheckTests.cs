using Hw3.Grader.Grading;

namespace Hw3.Grader.Tests.Checks.ScaledMlp;

/// <summary>Q2(d) graded by what the ScaledMLP built from the student's multipliers does under plain Adam, in the grader.</summary>
public sealed class ScaledMlpCheckTests
{
    private const string Forward = "Q2.ScaledForwardMultiplier";
    private const string Init = "Q2.ScaledInitMultiplier";

    [Fact]
    public void The_reference_multipliers_keep_the_function_and_shrink_the_update_like_the_reference_and_earn_full_credit()
    {
        var result = FakeStudent.Reference.Grade("q2d.scaled");

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
        result.Reason.Should().Be("correct");
        result.Details.Should().Contain("✓ The function at initialisation is unchanged")
            .And.Contain("✓ layer 1 (fan-in 8)").And.Contain("your ratio goes like fan-in^−1.00").And.NotContain("✗");
    }

    [Fact]
    public void Square_root_multipliers_keep_the_function_but_shrink_the_update_too_little_and_earn_nothing()
    {
        var result = FakeStudent.Reference
            .With(Forward, a => 1 / Math.Sqrt(a.Int(0)))
            .With(Init, a => Math.Sqrt(a.Int(0)))
            .Grade("q2d.scaled");

        result.Score.Should().Be(0, result.Details);
        result.Reason.Should().StartWith("the update's effect differs from the reference ScaledMLP's at fan-in");
        result.Details.Should().Contain("✓ The function at initialisation is unchanged")
            .And.MatchRegex(@"✗ layer 1 \(fan-in 8\): ×[0-9.]+, 2\.\d+ times larger than in the reference ScaledMLP")
            .And.MatchRegex(@"your ratio goes like fan-in\^−0\.[45]\d")
            .And.Contain("fanIn^-0.50");
    }

    [Fact]
    public void A_forward_multiplier_whose_init_does_not_undo_it_earns_half_and_says_the_function_changed()
    {
        var result = FakeStudent.Reference.With(Init, _ => 1.0).Grade("q2d.scaled");

        result.Score.Should().Be(1, result.Details);
        result.Status.Should().Be(ItemStatus.Partial);
        result.Reason.Should().Be("the initial function changed");
        result.Details.Should().Contain("✗ The function at initialisation changed").And.Contain("your init multiplier does not undo your forward multiplier");
    }

    [Fact]
    public void Not_scaling_at_all_keeps_the_function_trivially_and_earns_nothing()
    {
        var result = FakeStudent.Reference.With(Forward, _ => 1.0).With(Init, _ => 1.0).Grade("q2d.scaled");

        result.Score.Should().Be(0, result.Details);
        result.Details.Should().Contain("✗ layer 2 (fan-in 32): ×1, 32 times larger than in the reference ScaledMLP");
    }

    [Fact]
    public void Swapped_multipliers_grow_the_update_and_earn_nothing()
    {
        var result = FakeStudent.Reference.With(Forward, a => a.Int(0)).With(Init, a => 1.0 / a.Int(0)).Grade("q2d.scaled");

        result.Score.Should().Be(0, result.Details);
        result.Details.Should().MatchRegex("your ratio goes like fan-in\\^\\+");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void A_multiplier_that_is_not_a_positive_finite_number_builds_no_network_and_says_so(double value)
    {
        var result = FakeStudent.Reference.With(Init, _ => value).Grade("q2d.scaled");

        result.Score.Should().Be(0, result.Details);
        result.Reason.Should().Be("not a multiplier");
        result.Details.Should().Contain("a multiplier must be a positive, finite number").And.Contain("Call: Q2.ScaledInitMultiplier(")
            .And.NotContain("./hw3", "a student-visible detail names no command the student lacks");
        result.Finding!.Call.Should().StartWith("Q2.ScaledInitMultiplier(");
    }

    [Fact]
    public void Multipliers_that_blow_the_network_up_fail_with_a_sentence_rather_than_crash()
    {
        var result = FakeStudent.Reference.With(Forward, _ => 1e300).With(Init, _ => 1e300).Grade("q2d.scaled");

        result.Score.Should().Be(0, result.Details);
        result.Details.Should().Contain("✗ The function at initialisation changed");
    }
}
