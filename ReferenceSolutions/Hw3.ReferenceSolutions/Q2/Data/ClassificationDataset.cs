using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Data;

/// <summary>Labelled examples, one per column of <see cref="Inputs"/> (input_dim × count).</summary>
public sealed record ClassificationDataset(Matrix<double> Inputs, IReadOnlyList<int> Labels, int ClassCount)
{
    public int InputDim => Inputs.RowCount;

    public int Count => Inputs.ColumnCount;

    /// <summary>The examples at <paramref name="indices"/>, in that order.</summary>
    public (Matrix<double> Inputs, int[] Labels) Select(IReadOnlyList<int> indices)
    {
        var inputs = Matrix<double>.Build.Dense(InputDim, indices.Count, (i, j) => Inputs[i, indices[j]]);
        var labels = indices.Select(index => Labels[index]).ToArray();
        return (inputs, labels);
    }

    /// <summary>A uniformly random batch drawn without replacement.</summary>
    public (Matrix<double> Inputs, int[] Labels) SampleBatch(int batchSize, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, Count);
        var indices = Enumerable.Range(0, Count).ToArray();
        random.Shuffle(indices);
        return Select(indices[..batchSize]);
    }
}
