using Hw3.ReferenceSolutions.Q2.Data;
using Hw3.ReferenceSolutions.Q2.Network;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Experiment (e): train MLPs of each width for <paramref name="Steps"/> Adam steps at each learning rate
/// of the grid, under SP and under μP, and compare the final loss on the first
/// <paramref name="EvaluationExamples"/> examples. Both parameterizations share the grid: μP's per-layer
/// rules are anchored at <paramref name="BaseWidth"/>, where they coincide with SP (muTransfer's base shape).
/// Every seed redraws initialization and batch order; losses are averaged over seeds.
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
    int EvaluationExamples = 256,
    Activation Activation = Activation.Sigmoid)
{
    /// <summary>
    /// Small enough for the grader to compute at start-up: three widths four octaves apart, a 16-pixel
    /// input (so that widths soon exceed it and the hidden layers, not the input layer, limit the LR),
    /// 100 steps at batch 32, a one-octave grid covering every optimum seen in larger sweeps.
    /// </summary>
    public static LearningRateSweepConfig Default { get; } = new(
        Widths: [8, 32, 128],
        Log2LearningRates: [-8, -7, -6, -5, -4, -3, -2],
        BaseWidth: 32,
        HiddenLayers: 2,
        Steps: 100,
        Seeds: [1, 2],
        Data: new DataSource(SyntheticDataSpec.Default with { InputDim = 16, PixelNoise = 0.2 }));
}
