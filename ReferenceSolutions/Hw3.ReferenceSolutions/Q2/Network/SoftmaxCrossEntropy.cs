using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>Mean softmax cross-entropy over a batch (one example per column) and its gradient.</summary>
public static class SoftmaxCrossEntropy
{
    public static double Loss(Matrix<double> logits, IReadOnlyList<int> labels)
    {
        var values = DenseStorage.Of(logits);
        var classes = logits.RowCount;
        var total = 0.0;
        for (var j = 0; j < logits.ColumnCount; j++)
        {
            var column = values.AsSpan(j * classes, classes);
            total += LogSumExp(column) - column[labels[j]];
        }

        return total / logits.ColumnCount;
    }

    /// <summary>∂(mean loss)/∂logits = (softmax − one-hot) / batch size.</summary>
    public static Matrix<double> Gradient(Matrix<double> logits, IReadOnlyList<int> labels)
    {
        var values = DenseStorage.Of(logits);
        var classes = logits.RowCount;
        var batch = logits.ColumnCount;
        var gradient = new double[values.Length];
        for (var j = 0; j < batch; j++)
        {
            var column = values.AsSpan(j * classes, classes);
            var logNormalizer = LogSumExp(column);
            for (var i = 0; i < classes; i++)
            {
                var probability = Math.Exp(column[i] - logNormalizer);
                gradient[(j * classes) + i] = (probability - (i == labels[j] ? 1 : 0)) / batch;
            }
        }

        return Matrix<double>.Build.Dense(classes, batch, gradient);
    }

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }
}
