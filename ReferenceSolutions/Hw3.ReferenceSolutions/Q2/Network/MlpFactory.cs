using Hw3.ReferenceSolutions.Q3.Parameterizations;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>
/// Builds an MLP whose weights are Gaussian with the Table 3 init variance of their layer kind
/// (times the optional init multiplier) and whose biases start at zero.
/// </summary>
public static class MlpFactory
{
    public static Mlp Create(NetworkShape shape, MlpOptions options, Random random)
    {
        var layers = shape.Layers.Select(layer => CreateLayer(layer, options, random)).ToList();
        return new Mlp(layers, options.Activation);
    }

    private static DenseLayer CreateLayer(LayerShape layer, MlpOptions options, Random random)
    {
        var variance = Table3Scaling.Evaluate(
            options.Initialization, layer.Kind, ScaledQuantity.InitVariance, layer.FanIn, layer.FanOut, options.BaseWidth);
        var standardDeviation = Math.Sqrt(variance) * (options.InitMultiplier?.Invoke(layer) ?? 1);
        var weights = Matrix<double>.Build.Random(layer.FanOut, layer.FanIn, new Normal(0, standardDeviation, random));
        var bias = Vector<double>.Build.Dense(layer.FanOut);
        return new DenseLayer(layer, weights, bias, options.ForwardMultiplier?.Invoke(layer) ?? 1);
    }
}
