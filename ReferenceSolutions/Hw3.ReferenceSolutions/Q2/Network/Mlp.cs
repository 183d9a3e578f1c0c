using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>
/// A multilayer perceptron with a nonlinearity after every hidden layer and softmax cross-entropy on
/// the logits; forward and backward written out with matrices (one example per column).
/// </summary>
public sealed class Mlp(IReadOnlyList<DenseLayer> layers, Activation activation)
{
    public IReadOnlyList<DenseLayer> Layers { get; } = layers;

    public Activation Activation { get; } = activation;

    public ForwardPass Forward(Matrix<double> inputs)
    {
        var layerInputs = new List<Matrix<double>> { inputs };
        var preActivations = new List<Matrix<double>>();
        for (var l = 0; l < Layers.Count; l++)
        {
            var z = Layers[l].Apply(layerInputs[^1]);
            preActivations.Add(z);
            if (l < Layers.Count - 1)
            {
                layerInputs.Add(ActivationFunctions.Apply(Activation, z));
            }
        }

        return new ForwardPass(layerInputs, preActivations);
    }

    public double Loss(Matrix<double> inputs, IReadOnlyList<int> labels) =>
        SoftmaxCrossEntropy.Loss(Forward(inputs).Logits, labels);

    /// <summary>Gradients of the mean cross-entropy, one per layer in order.</summary>
    public IReadOnlyList<LayerGradient> Backward(ForwardPass pass, IReadOnlyList<int> labels)
    {
        var gradients = new LayerGradient[Layers.Count];
        var delta = SoftmaxCrossEntropy.Gradient(pass.Logits, labels); // ∂loss/∂z of the current layer
        for (var l = Layers.Count - 1; l >= 0; l--)
        {
            var layer = Layers[l];
            var scaledDelta = layer.ForwardMultiplier == 1 ? delta : delta * layer.ForwardMultiplier; // ∂loss/∂(W h + b)
            gradients[l] = new LayerGradient(
                MatrixProducts.MultiplyByTranspose(scaledDelta, pass.Inputs[l]),
                RowSums(scaledDelta));
            if (l > 0)
            {
                var upstream = MatrixProducts.TransposeThisAndMultiply(layer.Weights, scaledDelta);
                delta = ActivationFunctions.Backpropagate(Activation, upstream, pass.PreActivations[l - 1], pass.Inputs[l]);
            }
        }

        return gradients;
    }

    public Mlp Clone() => new(Layers.Select(layer => layer.Clone()).ToList(), Activation);

    private static Vector<double> RowSums(Matrix<double> matrix)
    {
        var values = DenseStorage.Of(matrix);
        var rows = matrix.RowCount;
        var sums = new double[rows];
        for (var k = 0; k < values.Length; k++)
        {
            sums[k % rows] += values[k];
        }

        return Vector<double>.Build.Dense(sums);
    }
}
