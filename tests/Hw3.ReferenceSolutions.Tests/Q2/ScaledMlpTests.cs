using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.ReferenceSolutions.Tests.Q2;

/// <summary>Experiment (d): the ScaledMLP under plain Adam.</summary>
public sealed class ScaledMlpTests
{
    public static TheoryData<int> Seeds => new() { 31, 32, 33 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adam_takes_the_same_step_but_its_effect_shrinks_by_one_over_fan_in(int seed)
    {
        var result = MupExperiments.ScaledMlpComparison(OneStepConfig.ScaledDefault with { Seeds = [seed] });

        result.InitialLogitDifference.Should().BeLessThan(1e-10);
        result.Layers.Select(l => l.Layer.FanIn).Should().Equal(64, 8, 32);
        foreach (var layer in result.Layers)
        {
            layer.UpdateFrobeniusRatio.Should().BeApproximately(1, 0.05, $"layer {layer.Layer.Index}");
            (layer.EffectRatio / layer.PredictedEffectRatio).Should().BeApproximately(1, 0.1, $"layer {layer.Layer.Index}");
        }

        result.EffectRatioSlopeVsFanIn.Should().BeApproximately(-1, 0.1);
    }

    [Fact]
    public void The_full_activation_change_shrinks_too()
    {
        var result = MupExperiments.ScaledMlpComparison(OneStepConfig.ScaledDefault with { Seeds = [34] });

        result.Layers.Should().AllSatisfy(l => l.ActivationChangeRatio.Should().BeLessThan(0.2));
    }
}
