using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>Per-layer activation changes across widths and their slopes (layer 0 is the input layer; the last is the output layer).</summary>
public sealed record CoordinateCheckResult(IReadOnlyList<CoordinateCheckPoint> Points, IReadOnlyList<LayerSlope> Slopes)
{
    /// <summary>Slopes of the hidden-to-hidden layers (whose fan-in is the width).</summary>
    public IReadOnlyList<LayerSlope> HiddenLayerSlopes => Slopes.Where(s => s.Kind == LayerKind.Hidden).ToList();

    /// <summary>True when every layer's slopes (full change and own effect) are finite and within ±<paramref name="tolerance"/> of zero.</summary>
    public bool IsFlat(double tolerance) =>
        Slopes.All(s => WithinTolerance(s.SlopeVsWidth, tolerance) && WithinTolerance(s.OwnEffectSlopeVsWidth, tolerance));

    private static bool WithinTolerance(double slope, double tolerance) => double.IsFinite(slope) && Math.Abs(slope) <= tolerance;
}
