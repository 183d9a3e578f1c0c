using Hw3.ReferenceSolutions.Q2.Measurement;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Experiment (d): the ScaledMLP under plain Adam. The initial functions are identical and Adam's step
/// is (nearly) the same size in both nets (<see cref="ScaledLayerComparison.UpdateFrobeniusRatio"/> ≈ 1),
/// so the update's effect shrinks by the forward multiplier 1/fan_in.
/// </summary>
/// <param name="InitialLogitDifference">Largest Frobenius norm over seeds of the two nets' logits' difference before the step.</param>
/// <param name="InitialRelativeLogitDifference">The same relative to the plain net's logits: 0 when the function at initialisation is unchanged.</param>
public sealed record ScaledMlpResult(IReadOnlyList<ScaledLayerComparison> Layers, double InitialLogitDifference, double InitialRelativeLogitDifference)
{
    /// <summary>Log-log slope of the effect ratio against fan-in: −1 when the ratio is 1/fan_in; NaN when a ratio is not finite and positive (a rule that blew the network up).</summary>
    public double EffectRatioSlopeVsFanIn => LogLogRegression.SlopeOrNaN(
        Layers.Select(l => (double)l.Layer.FanIn).ToList(),
        Layers.Select(l => l.EffectRatio).ToList());
}
