using Hw3.ReferenceSolutions.Q2.Data;
using Hw3.ReferenceSolutions.Q2.Network;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Experiment (e): train MLPs of each width for <paramref name="Steps"/> Adam steps at each learning rate
/// of the grid, under SP and under μP, and compare the final loss on the first
/// <paramref name="EvaluationExamples"/> examples. Both parameterizations share the grid: μP's per-layer
/// init variances and LRs are anchored at <paramref name="BaseWidth"/>, where they coincide with SP
/// (muTransfer's base shape: tune a narrow proxy, then widen it). Every seed redraws initialization and
/// batch order; losses are averaged over seeds.
/// </summary>
public sealed record LearningRateSweepConfig(
    IReadOnlyList<int> Widths,
    IReadOnlyList<double> Log2LearningRates,
    int BaseWidth,
    int HiddenLayers,
    int Steps,
    IReadOnlyList<int> Seeds,
    DataSource Data,
    int BatchSize = 32,
    int EvaluationExamples = 1024,
    Activation Activation = Activation.Sigmoid)
{
    /// <summary>
    /// Small enough for the grader to compute at start-up (about two seconds): three widths two octaves
    /// apart, a 16-pixel input (so that the widths soon exceed it and the hidden layers, not the input
    /// layer, limit the LR), 100 steps at batch 32, a one-octave grid holding every optimum seen in
    /// larger sweeps with a point to spare on each side, μP anchored at the narrowest width. Over 20
    /// other seed pairs on four synthetic data sets, the SP slope stayed within [−0.70, −0.41], the μP
    /// slope within [−0.01, 0.21] (<see cref="LearningRateSweepResult.ShiftThreshold"/> is 0.3), and
    /// wider μP nets always won; anchoring μP at a wider base made the narrow μP nets "hot" (larger
    /// output init and LRs than SP) and their optimum drift.
    /// </summary>
    public static LearningRateSweepConfig Default { get; } = new(
        Widths: [8, 32, 128],
        Log2LearningRates: [-8, -7, -6, -5, -4, -3, -2],
        BaseWidth: 8,
        HiddenLayers: 2,
        Steps: 100,
        Seeds: [1, 2],
        Data: new DataSource(SyntheticDataSpec.Default with { InputDim = 16, PixelNoise = 0.2 }));
}
