using Hw3.ReferenceSolutions.Q2.Data;
using Hw3.ReferenceSolutions.Q2.Measurement;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Tests.Q2;

/// <summary>The own-update effect is computed on one layer; it must equal a forward pass of the network where only that layer stepped.</summary>
public sealed class OwnUpdateEffectTests
{
    [Fact]
    public void One_layers_product_on_its_saved_input_equals_the_whole_hybrid_networks_forward_pass()
    {
        var data = SyntheticClassificationData.Generate(SyntheticDataSpec.Default);
        var (inputs, labels) = data.SampleBatch(16, new Random(5));
        var network = MlpFactory.Create(
            NetworkShape.Uniform(data.InputDim, 48, 3, data.ClassCount), new MlpOptions(Activation.Sigmoid, Parameterization.MaximalUpdate), new Random(6));

        var outcome = OneStepProbe.Step(network, LearningRateRules.FromTable3(Parameterization.Standard), 1e-2, inputs, labels);

        for (var layer = 0; layer < network.Layers.Count; layer++)
        {
            var hybrid = new Mlp(network.Layers.Select((old, l) => l == layer ? outcome.After.Layers[l] : old).ToList(), network.Activation);
            var expected = ActivationChange.BatchMeanRms(
                OneStepOutcome.OutputOf(outcome.BeforePass, layer), OneStepOutcome.OutputOf(hybrid.Forward(inputs), layer));

            outcome.OwnUpdateEffect(layer).Should().BeApproximately(expected, 1e-12 * expected, $"layer {layer}");
            expected.Should().BePositive();
        }
    }
}
