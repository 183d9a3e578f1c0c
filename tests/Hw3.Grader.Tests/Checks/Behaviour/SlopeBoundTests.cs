using Hw3.Grader.Checks.Kinds.Behaviour;
using Hw3.Grader.Tests.Rubrics;
using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Tests.Checks.Behaviour;

/// <summary>
/// The rubric's slope bound, against the reference experiment on other seeds than the rubric's: μP's slopes stay well
/// inside it and standard parameterization's (about 1) far outside, for every seed tried, so the bound separates
/// them by the experiment, not by luck.
/// </summary>
public sealed class SlopeBoundTests
{
    private static readonly BehaviourSettings Settings = (BehaviourSettings)RealRubric.Item("q2c.hidden").Settings;
    private static readonly LearningRateRules MuP = LearningRateRules.FromTable3(Parameterization.MaximalUpdate);

    public static TheoryData<int> Seeds => [2, 3, 4, 5, 6];

    [Fact]
    public void Every_q2c_item_uses_the_same_experiment_and_bound()
    {
        foreach (var id in new[] { "q2c.input", "q2c.output" })
        {
            RealRubric.Item(id).Settings.Should().BeEquivalentTo(Settings);
        }

        Settings.Widths.Should().HaveCountGreaterThanOrEqualTo(5);
        Settings.Widths.Min().Should().Be(64);
        Settings.Widths.Max().Should().Be(1024);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mup_slopes_are_within_half_the_bound_for_every_layer_kind(int seed)
    {
        foreach (var kind in new[] { LayerKind.Input, LayerKind.Hidden, LayerKind.Output })
        {
            foreach (var slope in Slopes(kind, Rule(MuP, kind), seed))
            {
                Math.Abs(slope.SlopeVsWidth).Should().BeLessThan(Settings.SlopeBound / 2, $"{kind} layer {slope.LayerIndex}, seed {seed}");
                Math.Abs(slope.OwnEffectSlopeVsWidth).Should().BeLessThan(Settings.SlopeBound / 2, $"{kind} layer {slope.LayerIndex}, seed {seed}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Standard_parameterization_slopes_are_about_one_far_outside_the_bound(int seed)
    {
        foreach (var kind in new[] { LayerKind.Hidden, LayerKind.Output })
        {
            foreach (var slope in Slopes(kind, (lr, _, _) => lr, seed))
            {
                slope.SlopeVsWidth.Should().BeInRange(0.85, 1.1, $"{kind} layer {slope.LayerIndex}, seed {seed}");
                slope.SlopeVsWidth.Should().BeGreaterThan(4 * Settings.SlopeBound);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_one_over_root_fan_in_hidden_rate_is_outside_the_bound_by_its_own_effect(int seed)
    {
        foreach (var slope in Slopes(LayerKind.Hidden, (lr, fanIn, _) => lr / Math.Sqrt(fanIn), seed))
        {
            slope.OwnEffectSlopeVsWidth.Should().BeInRange(0.35, 0.55, $"layer {slope.LayerIndex}, seed {seed}");
            slope.OwnEffectSlopeVsWidth.Should().BeGreaterThan(1.5 * Settings.SlopeBound);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void An_input_rate_shrinking_with_fan_out_is_far_outside_the_bound(int seed)
    {
        Slopes(LayerKind.Input, (lr, _, fanOut) => lr / fanOut, seed).Should().ContainSingle()
            .Which.SlopeVsWidth.Should().BeLessThan(-4 * Settings.SlopeBound);
    }

    private static IReadOnlyList<LayerSlope> Slopes(LayerKind kind, Func<double, int, int, double> rule, int seed) =>
        CoordinateCheck.Run(MuP.With(kind, rule), Settings.Experiment with { Seeds = [seed] }).Slopes.Where(s => s.Kind == kind).ToList();

    private static Func<double, int, int, double> Rule(LearningRateRules rules, LayerKind kind) => kind switch
    {
        LayerKind.Input => rules.Input,
        LayerKind.Hidden => rules.Hidden,
        _ => rules.Output,
    };
}
