using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>The arrays behind dense MathNet matrices (column-major) and vectors, for tight loops.</summary>
public static class DenseStorage
{
    public static double[] Of(Matrix<double> matrix) =>
        matrix.AsColumnMajorArray() ?? throw new InvalidOperationException("expected a dense matrix");

    public static double[] Of(Vector<double> vector) =>
        vector.AsArray() ?? throw new InvalidOperationException("expected a dense vector");
}
