using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2;

/// <summary>
/// Reference answers to Q2 (the μP notebook), with the same names as the student answer API. Facts
/// come from experiments run lazily once per process (<see cref="ReferenceExperimentCache"/>); learning
/// rates come from the Table 3 data of Q3.
/// </summary>
public static class Q2Reference
{
    private static readonly LearningRateRules MuP = LearningRateRules.FromTable3(Parameterization.MaximalUpdate);

    /// <summary>(a) "fan-in", "fan-out" or "neither", from the partial log-log slopes of experiment (a).</summary>
    public static string ActivationChangeGrowsWith() => ReferenceExperimentCache.Layerwise.GrowsWith;

    /// <summary>(b) "frobenius", "spectral" or "rms-to-rms": the best-correlated norm in experiment (b).</summary>
    public static string NormThatTracksFeatureChange() => ReferenceExperimentCache.NormComparison.NormThatTracksFeatureChange;

    /// <summary>(c) μP Adam LR of the input weights (Table 3).</summary>
    public static double InputLayerLearningRate(double baseLr, int fanIn, int fanOut) => MuP.Input(baseLr, fanIn, fanOut);

    /// <summary>(c) μP Adam LR of hidden weights (Table 3).</summary>
    public static double HiddenLayerLearningRate(double baseLr, int fanIn, int fanOut) => MuP.Hidden(baseLr, fanIn, fanOut);

    /// <summary>(c) μP Adam LR of the output weights (Table 3).</summary>
    public static double OutputLayerLearningRate(double baseLr, int fanIn, int fanOut) => MuP.Output(baseLr, fanIn, fanOut);

    /// <summary>(d) The ScaledMLP divides each hidden layer's output by its fan-in.</summary>
    public static double ScaledForwardMultiplier(int fanIn) => ScaledMlpRule.ForwardMultiplier(fanIn);

    /// <summary>(d) The ScaledMLP multiplies each hidden layer's initial weights by its fan-in.</summary>
    public static double ScaledInitMultiplier(int fanIn) => ScaledMlpRule.InitMultiplier(fanIn);

    /// <summary>(e) Under SP (one global Adam LR) the optimal LR shrinks as width grows.</summary>
    public static bool OptimalAdamLearningRateShrinksWithWidth() =>
        ReferenceExperimentCache.LearningRateSweep.OptimalLearningRateShrinks(Parameterization.Standard);

    /// <summary>(e) Under μP the optimal (base) LR stays about the same across widths.</summary>
    public static bool OptimalMuPLearningRateStableAcrossWidth() =>
        !ReferenceExperimentCache.LearningRateSweep.OptimalLearningRateShifts(Parameterization.MaximalUpdate);
}
