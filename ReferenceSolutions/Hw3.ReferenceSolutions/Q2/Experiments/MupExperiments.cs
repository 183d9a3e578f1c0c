using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>The experiments of Q2 (the notebook), each returning its data and the facts derived from it.</summary>
public static class MupExperiments
{
    /// <summary>(a) Per hidden layer of one mixed-width MLP: activation change after one Adam step, slopes vs fan-in and fan-out.</summary>
    public static LayerwiseActivationChange ActivationChangeAcrossLayers(
        OneStepConfig config, Parameterization parameterization = Parameterization.Standard) =>
        LayerwiseExperiment.Run(config, parameterization, includeUpdateNorms: false);

    /// <summary>(b) Which norm of ΔW — Frobenius, spectral, RMS→RMS — tracks the activation change across layers (SP, plain Adam).</summary>
    public static NormComparisonResult NormComparison(OneStepConfig config) =>
        LayerwiseExperiment.CompareNorms(LayerwiseExperiment.Run(config, Parameterization.Standard, includeUpdateNorms: true));

    /// <summary>(c) Coordinate checks under SP (SP init, one global LR) and μP (Table 3 init and per-layer LRs).</summary>
    public static WidthScalingComparison ActivationChangeAcrossWidths(CoordinateCheckConfig config) => new(
        CoordinateCheck.Run(
            LearningRateRules.FromTable3(Parameterization.Standard),
            config with { Initialization = Parameterization.Standard }),
        CoordinateCheck.Run(
            LearningRateRules.FromTable3(Parameterization.MaximalUpdate),
            config with { Initialization = Parameterization.MaximalUpdate }));

    /// <summary>(d) The ScaledMLP against the plain MLP, same initial function, same plain-Adam step.</summary>
    public static ScaledMlpResult ScaledMlpComparison(OneStepConfig config) => ScaledMlpExperiment.Run(config, ScaledMultipliers.Reference);

    /// <summary>(d) with a ScaledMLP built from other multipliers (a student's), against the same plain MLP.</summary>
    public static ScaledMlpResult ScaledMlpComparison(OneStepConfig config, ScaledMultipliers multipliers) =>
        ScaledMlpExperiment.Run(config, multipliers);

    /// <summary>(e) Learning-rate sweep across widths under SP and μP (Figure 1 of Tensor Programs V in miniature).</summary>
    public static LearningRateSweepResult LearningRateSweep(LearningRateSweepConfig config) => LearningRateSweeper.Run(config);
}
