using Hw3.ReferenceSolutions.Q2.Measurement;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Experiment (a): per hidden layer of one mixed-width MLP, the activation change after one Adam step,
/// and the partial log-log slopes of that change against the layer's fan-in (First) and fan-out (Second).
/// </summary>
public sealed record LayerwiseActivationChange(
    Parameterization Parameterization,
    IReadOnlyList<LayerSummary> Layers,
    TwoFactorSlopes Slopes)
{
    public double FanInSlope => Slopes.First;

    public double FanOutSlope => Slopes.Second;

    /// <summary>"fan-in", "fan-out" or "neither" (see <see cref="GrowthDimension"/>).</summary>
    public string GrowsWith => GrowthDimension.Classify(FanInSlope, FanOutSlope);
}
