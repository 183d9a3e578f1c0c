using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>
/// z = multiplier · (W h + b), with W of size fan_out × fan_in. The multiplier is 1 in an ordinary
/// MLP and 1/fan_in in the notebook's ScaledMLP.
/// </summary>
public sealed class DenseLayer(LayerShape shape, Matrix<double> weights, Vector<double> bias, double forwardMultiplier)
{
    public LayerShape Shape { get; } = shape;

    public Matrix<double> Weights { get; } = weights;

    public Vector<double> Bias { get; } = bias;

    public double ForwardMultiplier { get; } = forwardMultiplier;

    /// <summary>Inputs and outputs hold one example per column.</summary>
    public Matrix<double> Apply(Matrix<double> input)
    {
        var z = MatrixProducts.Multiply(Weights, input);
        var values = DenseStorage.Of(z);
        var bias = DenseStorage.Of(Bias);
        var rows = z.RowCount;
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = ForwardMultiplier * (values[k] + bias[k % rows]);
        }

        return z;
    }

    public DenseLayer Clone() => new(Shape, Weights.Clone(), Bias.Clone(), ForwardMultiplier);
}
