using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q3.Spectral;

/// <summary>The spectral norm ‖A‖* = σ_max(A), from a singular value decomposition.</summary>
public static class SpectralNorm
{
    public static double Of(Matrix<double> matrix) =>
        matrix.RowCount == 0 || matrix.ColumnCount == 0 ? 0 : matrix.Svd(computeVectors: false).S[0];
}
