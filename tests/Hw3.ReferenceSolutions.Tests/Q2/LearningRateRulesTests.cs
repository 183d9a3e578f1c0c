using Hw3.ReferenceSolutions.Q2;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Tests.Q2;

public sealed class LearningRateRulesTests
{
    [Theory]
    [InlineData(0.01, 784, 256)]
    [InlineData(1.0, 64, 1024)]
    [InlineData(3e-4, 8, 16)]
    public void Mup_adam_rates_follow_table3(double baseLr, int fanIn, int fanOut)
    {
        Q2Reference.InputLayerLearningRate(baseLr, fanIn, fanOut).Should().BeApproximately(baseLr, 1e-15);
        Q2Reference.HiddenLayerLearningRate(baseLr, fanIn, fanOut).Should().BeApproximately(baseLr / fanIn, 1e-15);
        Q2Reference.OutputLayerLearningRate(baseLr, fanIn, fanOut).Should().BeApproximately(baseLr / fanIn, 1e-15);
    }

    [Fact]
    public void Standard_parameterization_uses_one_global_adam_rate()
    {
        var rules = LearningRateRules.FromTable3(Parameterization.Standard);

        new[] { rules.Input(0.003, 784, 64), rules.Hidden(0.003, 64, 512), rules.Output(0.003, 512, 10) }
            .Should().AllSatisfy(rate => rate.Should().Be(0.003));
    }

    [Fact]
    public void Anchored_at_a_base_width_mup_coincides_with_sp_there_and_scales_like_table3_elsewhere()
    {
        var mup = LearningRateRules.FromTable3(Parameterization.MaximalUpdate, baseWidth: 32);
        var sp = LearningRateRules.FromTable3(Parameterization.Standard, baseWidth: 32);

        foreach (var layer in new NetworkShape(16, [32, 32], 10).Layers)
        {
            mup.WeightRate(layer, 0.01).Should().BeApproximately(sp.WeightRate(layer, 0.01), 1e-15);
        }

        var wide = new NetworkShape(16, [128, 128], 10).Layers;
        mup.WeightRate(wide[1], 0.01).Should().BeApproximately(0.01 * 32 / 128, 1e-15);
        mup.WeightRate(wide[2], 0.01).Should().BeApproximately(0.01 * 32 / 128, 1e-15);
        mup.WeightRate(wide[0], 0.01).Should().BeApproximately(0.01, 1e-15);
    }

    [Fact]
    public void Biases_follow_the_input_weights_rule()
    {
        var rules = LearningRateRules.FromTable3(Parameterization.MaximalUpdate);
        var hidden = new NetworkShape(16, [256, 256], 10).Layers[1];

        rules.BiasRate(hidden, 0.02).Should().Be(0.02);
    }

    [Fact]
    public void The_scaled_mlp_multipliers_are_reciprocal_in_fan_in()
    {
        foreach (var fanIn in new[] { 1, 8, 784 })
        {
            (Q2Reference.ScaledForwardMultiplier(fanIn) * Q2Reference.ScaledInitMultiplier(fanIn)).Should().BeApproximately(1, 1e-15);
            Q2Reference.ScaledInitMultiplier(fanIn).Should().Be(fanIn);
        }
    }
}
