using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>Elementwise nonlinearities and their derivatives, on whole batches.</summary>
public static class ActivationFunctions
{
    public static Matrix<double> Apply(Activation activation, Matrix<double> preActivation)
    {
        var z = DenseStorage.Of(preActivation);
        var h = new double[z.Length];
        switch (activation)
        {
            case Activation.Sigmoid:
                for (var k = 0; k < z.Length; k++)
                {
                    h[k] = Sigmoid(z[k]);
                }

                break;
            case Activation.Relu:
                for (var k = 0; k < z.Length; k++)
                {
                    h[k] = z[k] > 0 ? z[k] : 0;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, null);
        }

        return Matrix<double>.Build.Dense(preActivation.RowCount, preActivation.ColumnCount, h);
    }

    /// <summary>
    /// upstream ⊙ σ'(z): the gradient with respect to the pre-activation z, given the gradient with respect
    /// to the output σ(z), the pre-activation and the output.
    /// </summary>
    public static Matrix<double> Backpropagate(
        Activation activation, Matrix<double> upstream, Matrix<double> preActivation, Matrix<double> output)
    {
        var g = DenseStorage.Of(upstream);
        var z = DenseStorage.Of(preActivation);
        var h = DenseStorage.Of(output);
        var result = new double[g.Length];
        switch (activation)
        {
            case Activation.Sigmoid:
                for (var k = 0; k < g.Length; k++)
                {
                    result[k] = g[k] * h[k] * (1 - h[k]);
                }

                break;
            case Activation.Relu:
                for (var k = 0; k < g.Length; k++)
                {
                    result[k] = z[k] > 0 ? g[k] : 0;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, null);
        }

        return Matrix<double>.Build.Dense(upstream.RowCount, upstream.ColumnCount, result);
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
