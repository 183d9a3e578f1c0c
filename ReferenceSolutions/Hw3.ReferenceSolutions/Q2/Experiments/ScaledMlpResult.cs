using Hw3.ReferenceSolutions.Q2.Measurement;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Experiment (d): the ScaledMLP under plain Adam. The initial functions are identical and Adam's step
/// is (nearly) the same size in both nets (<see cref="ScaledLayerComparison.UpdateFrobeniusRatio"/> ≈ 1),
/// so the update's effect shrinks by the forward multiplier 1/fan_in.
/// </summary>
public sealed record ScaledMlpResult(IReadOnlyList<ScaledLayerComparison> Layers, double InitialLogitDifference)
{
    /// <summary>Log-log slope of the effect ratio against fan-in: −1 when the ratio is 1/fan_in.</summary>
    public double EffectRatioSlopeVsFanIn => LogLogRegression.Slope(
        Layers.Select(l => (double)l.Layer.FanIn).ToList(),
        Layers.Select(l => l.EffectRatio).ToList());
}
