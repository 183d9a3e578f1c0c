using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q3.Parameterizations;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Tests.Q2;

public sealed class MlpTests
{
    [Theory]
    [InlineData(Activation.Sigmoid, false)]
    [InlineData(Activation.Relu, false)]
    [InlineData(Activation.Sigmoid, true)]
    public void Backward_matches_central_finite_differences(Activation activation, bool scaled)
    {
        var random = new Random(11);
        var options = new MlpOptions(activation, Parameterization.Standard);
        var network = MlpFactory.Create(new NetworkShape(5, [4, 6], 3), scaled ? options.Scaled() : options, random);
        foreach (var layer in network.Layers)
        {
            layer.Bias.MapInplace(_ => Normal.Sample(random, 0, 0.3));
        }

        var inputs = Matrix<double>.Build.Random(5, 7, new Normal(0, 1, random));
        int[] labels = [0, 2, 1, 1, 0, 2, 2];
        var gradients = network.Backward(network.Forward(inputs), labels);

        for (var l = 0; l < network.Layers.Count; l++)
        {
            var layer = network.Layers[l];
            for (var i = 0; i < layer.Weights.RowCount; i++)
            {
                for (var j = 0; j < layer.Weights.ColumnCount; j++)
                {
                    var numeric = CentralDifference(network, inputs, labels, v => layer.Weights[i, j] = v, layer.Weights[i, j]);
                    gradients[l].Weights[i, j].Should().BeApproximately(numeric, 1e-7, $"∂loss/∂W{l}[{i},{j}]");
                }

                var biasNumeric = CentralDifference(network, inputs, labels, v => layer.Bias[i] = v, layer.Bias[i]);
                gradients[l].Bias[i].Should().BeApproximately(biasNumeric, 1e-7, $"∂loss/∂b{l}[{i}]");
            }
        }
    }

    [Fact]
    public void The_scaled_mlp_computes_the_same_function_at_initialization()
    {
        var shape = new NetworkShape(6, [5, 9], 4);
        var options = new MlpOptions(Activation.Sigmoid, Parameterization.Standard);
        var plain = MlpFactory.Create(shape, options, new Random(2));
        var scaled = MlpFactory.Create(shape, options.Scaled(), new Random(2));
        var inputs = Matrix<double>.Build.Random(6, 3, new Normal(0, 1, new Random(3)));

        (plain.Forward(inputs).Logits - scaled.Forward(inputs).Logits).FrobeniusNorm().Should().BeLessThan(1e-12);
        (scaled.Layers[1].Weights - (plain.Layers[1].Weights * 5)).FrobeniusNorm().Should().BeLessThan(1e-12);
        scaled.Layers.Select(l => l.ForwardMultiplier).Should().Equal(1.0 / 6, 1.0 / 5, 1.0);
    }

    [Fact]
    public void Layers_are_classified_as_table3_kinds()
    {
        var layers = new NetworkShape(784, [64, 32, 16], 10).Layers;

        layers.Select(l => l.Kind).Should().Equal(LayerKind.Input, LayerKind.Hidden, LayerKind.Hidden, LayerKind.Output);
        layers.Select(l => (l.FanIn, l.FanOut)).Should().Equal((784, 64), (64, 32), (32, 16), (16, 10));
    }

    [Fact]
    public void Initial_weights_have_the_table3_variance_of_their_layer_kind()
    {
        var network = MlpFactory.Create(new NetworkShape(100, [400, 400], 200), new MlpOptions(Activation.Sigmoid, Parameterization.MaximalUpdate), new Random(4));

        EmpiricalVariance(network.Layers[0].Weights).Should().BeApproximately(1.0 / 100, 0.05 / 100);
        EmpiricalVariance(network.Layers[1].Weights).Should().BeApproximately(1.0 / 400, 0.05 / 400);
        EmpiricalVariance(network.Layers[2].Weights).Should().BeApproximately(1.0 / (400.0 * 400), 0.05 / (400.0 * 400));
    }

    private static double CentralDifference(Mlp network, Matrix<double> inputs, int[] labels, Action<double> set, double value)
    {
        const double h = 1e-5;
        set(value + h);
        var up = network.Loss(inputs, labels);
        set(value - h);
        var down = network.Loss(inputs, labels);
        set(value);
        return (up - down) / (2 * h);
    }

    private static double EmpiricalVariance(Matrix<double> weights) =>
        weights.Enumerate().Select(w => w * w).Average();
}
