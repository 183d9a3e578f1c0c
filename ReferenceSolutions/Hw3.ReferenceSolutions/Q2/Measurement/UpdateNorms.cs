using Hw3.ReferenceSolutions.Q3.Spectral;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Measurement;

/// <summary>Three candidate sizes of a weight update ΔW (fan_out × fan_in).</summary>
public sealed record UpdateNorms(double Frobenius, double Spectral, double RmsToRms)
{
    public static UpdateNorms Of(Matrix<double> delta)
    {
        var spectral = SpectralNorm.Of(delta);
        return new UpdateNorms(
            delta.FrobeniusNorm(),
            spectral,
            SpectralCondition.RmsToRmsNorm(spectral, fanIn: delta.ColumnCount, fanOut: delta.RowCount));
    }
}
