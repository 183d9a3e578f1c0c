using Hw3.ReferenceSolutions.Q2;
using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Tests.Q2;

/// <summary>Experiment (c), and the coordinate check that grades learning-rate rules by behaviour.</summary>
public sealed class CoordinateCheckTests
{
    private static readonly CoordinateCheckConfig Small = CoordinateCheckConfig.Default with { Widths = [16, 32, 64, 128] };

    public static TheoryData<int> Seeds => new() { 21, 22, 23 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Under_sp_hidden_activation_changes_grow_with_width_and_under_mup_they_stay_flat(int seed)
    {
        var comparison = MupExperiments.ActivationChangeAcrossWidths(Small with { Seeds = [seed] });

        comparison.Standard.HiddenLayerSlopes.Should().HaveCount(2)
            .And.AllSatisfy(s => s.SlopeVsWidth.Should().BeGreaterThan(0.6))
            .And.AllSatisfy(s => s.OwnEffectSlopeVsWidth.Should().BeApproximately(1, 0.15));
        comparison.MaximalUpdate.Slopes.Should().AllSatisfy(s => Math.Abs(s.SlopeVsWidth).Should().BeLessThan(0.3));
        comparison.MaximalUpdate.Slopes.Should().AllSatisfy(s => Math.Abs(s.OwnEffectSlopeVsWidth).Should().BeLessThan(0.15));
        comparison.MaximalUpdate.IsFlat(0.3).Should().BeTrue();
        comparison.Standard.IsFlat(0.3).Should().BeFalse();
    }

    [Fact]
    public void The_reference_rules_pass_the_check()
    {
        var result = CoordinateCheck.Run(
            Q2Reference.InputLayerLearningRate, Q2Reference.HiddenLayerLearningRate, Q2Reference.OutputLayerLearningRate, Small);

        result.IsFlat(0.2).Should().BeTrue();
        result.Points.Should().HaveCount(4 * 4);
    }

    [Fact]
    public void A_one_over_square_root_fan_in_rule_is_caught_by_an_own_effect_slope_near_one_half()
    {
        var result = CoordinateCheck.Run(
            (lr, _, _) => lr,
            (lr, fanIn, _) => lr / Math.Sqrt(fanIn),
            (lr, fanIn, _) => lr / Math.Sqrt(fanIn),
            Small);

        result.IsFlat(0.2).Should().BeFalse();
        result.HiddenLayerSlopes.Should().AllSatisfy(s => s.OwnEffectSlopeVsWidth.Should().BeInRange(0.25, 0.6));
    }

    [Fact]
    public void A_rule_that_returns_nan_gives_nan_slopes_instead_of_throwing()
    {
        var result = CoordinateCheck.Run((lr, _, _) => lr, (_, _, _) => double.NaN, (lr, fanIn, _) => lr / fanIn, Small with { Widths = [16, 32] });

        result.HiddenLayerSlopes.Should().AllSatisfy(s => s.OwnEffectSlopeVsWidth.Should().Be(double.NaN));
        result.IsFlat(0.3).Should().BeFalse();
    }

    [Fact]
    public void The_first_layer_has_a_fixed_fan_in_so_even_sp_leaves_it_flat()
    {
        var comparison = MupExperiments.ActivationChangeAcrossWidths(Small with { Seeds = [24] });

        comparison.Standard.Slopes.Single(s => s.Kind == LayerKind.Input).SlopeVsWidth.Should().BeInRange(-0.3, 0.3);
    }
}
