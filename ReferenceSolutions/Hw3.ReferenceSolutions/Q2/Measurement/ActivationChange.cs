using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Measurement;

/// <summary>The notebook's metric: the batch mean of the per-example RMS of h_after − h_before.</summary>
public static class ActivationChange
{
    /// <summary>Both matrices hold one example per column.</summary>
    public static double BatchMeanRms(Matrix<double> before, Matrix<double> after)
    {
        if (before.RowCount != after.RowCount || before.ColumnCount != after.ColumnCount)
        {
            throw new ArgumentException("activation batches differ in shape");
        }

        var difference = after - before;
        var total = 0.0;
        for (var j = 0; j < difference.ColumnCount; j++)
        {
            total += difference.Column(j).L2Norm() / Math.Sqrt(difference.RowCount);
        }

        return total / difference.ColumnCount;
    }
}
