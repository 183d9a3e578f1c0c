using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Tests.Q2;

/// <summary>The facts derived from a sweep's optima, on hand-made optima.</summary>
public sealed class LearningRateSweepResultTests
{
    private const Parameterization Sp = Parameterization.Standard;

    [Fact]
    public void An_optimum_halving_with_each_doubling_of_width_shrinks_and_shifts()
    {
        var result = WithOptima((8, -3, 1.0), (16, -4, 0.9), (32, -5, 0.8));

        result.OptimalLearningRateSlope(Sp).Should().BeApproximately(-1, 1e-12);
        result.OptimalLearningRateShrinks(Sp).Should().BeTrue();
        result.OptimalLearningRateShifts(Sp).Should().BeTrue();
    }

    [Fact]
    public void An_optimum_that_grows_with_width_shifts_but_does_not_shrink()
    {
        var result = WithOptima((8, -5, 1.0), (16, -4, 0.9), (32, -3, 0.8));

        result.OptimalLearningRateShifts(Sp).Should().BeTrue();
        result.OptimalLearningRateShrinks(Sp).Should().BeFalse();
    }

    [Fact]
    public void A_wobble_of_a_tenth_of_an_octave_is_stable()
    {
        var result = WithOptima((8, -5, 1.0), (16, -5.1, 0.9), (32, -4.95, 0.8));

        result.OptimalLearningRateShifts(Sp).Should().BeFalse();
        result.WiderIsAlwaysBetter(Sp).Should().BeTrue();
    }

    [Fact]
    public void One_wider_net_that_does_worse_breaks_wider_is_always_better()
    {
        var result = WithOptima((8, -5, 1.0), (16, -5, 0.7), (32, -5, 0.8));

        result.WiderIsAlwaysBetter(Sp).Should().BeFalse();
    }

    private static LearningRateSweepResult WithOptima(params (int Width, double Log2Lr, double Loss)[] optima) =>
        new([], optima.Select(o => new SweepOptimum(Sp, o.Width, o.Log2Lr, o.Loss)).ToList());
}
