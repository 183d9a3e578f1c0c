using Hw3.ReferenceSolutions.Q3;

namespace Hw3.ReferenceSolutions.Tests.Q3;

/// <summary>Figure 1 of Tensor Programs V, as reproduced by the Q2 learning-rate sweep the grader runs.</summary>
public sealed class Figure1Tests
{
    [Fact]
    public void Under_standard_practice_the_optimal_learning_rate_shifts_with_width()
    {
        Q3Reference.OptimalLrShiftsWithWidthUnderStandardPractice().Should().BeTrue();
    }

    [Fact]
    public void Under_mup_the_optimal_learning_rate_does_not_shift_with_width()
    {
        Q3Reference.OptimalLrShiftsWithWidthUnderMuP().Should().BeFalse();
    }

    [Fact]
    public void Under_mup_wider_is_always_better()
    {
        Q3Reference.WiderIsAlwaysBetterUnderMuP().Should().BeTrue();
    }
}
