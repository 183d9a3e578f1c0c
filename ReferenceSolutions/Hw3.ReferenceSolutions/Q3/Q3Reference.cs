using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q3.Parameterizations;
using Hw3.ReferenceSolutions.Q3.Spectral;

namespace Hw3.ReferenceSolutions.Q3;

/// <summary>
/// Reference answers to Q3 (the papers). Exponents are read from the Table 3 and Condition 1 data;
/// the Figure 1 facts come from the Q2 learning-rate sweep, which shows the same phenomenon for MLPs.
/// </summary>
public static class Q3Reference
{
    /// <summary>(b) SP's Adam LR for hidden weights as a power of fan_in.</summary>
    public static double StandardParamHiddenAdamLrExponent() =>
        Table3.Lookup(Parameterization.Standard, LayerKind.Hidden, ScaledQuantity.AdamLearningRate).FanInExponent;

    /// <summary>(b) μP's Adam LR for hidden weights as a power of fan_in.</summary>
    public static double MuPHiddenAdamLrExponent() =>
        Table3.Lookup(Parameterization.MaximalUpdate, LayerKind.Hidden, ScaledQuantity.AdamLearningRate).FanInExponent;

    /// <summary>(c) Condition 1: ‖W‖* = Θ(√(fan_out/fan_in)), exponent of fan_out.</summary>
    public static double SpectralNormFanOutExponent() => SpectralCondition.SpectralNormScaling.FanOutExponent;

    /// <summary>(c) Condition 1: exponent of fan_in.</summary>
    public static double SpectralNormFanInExponent() => SpectralCondition.SpectralNormScaling.FanInExponent;

    /// <summary>(a) Figure 1, left: under standard practice the optimal LR moves with width.</summary>
    public static bool OptimalLrShiftsWithWidthUnderStandardPractice() =>
        ReferenceExperimentCache.LearningRateSweep.OptimalLearningRateShifts(Parameterization.Standard);

    /// <summary>(a) Figure 1, right: under μP it does not.</summary>
    public static bool OptimalLrShiftsWithWidthUnderMuP() =>
        ReferenceExperimentCache.LearningRateSweep.OptimalLearningRateShifts(Parameterization.MaximalUpdate);

    /// <summary>(a) Figure 1, right: under μP every wider network reaches a lower loss.</summary>
    public static bool WiderIsAlwaysBetterUnderMuP() =>
        ReferenceExperimentCache.LearningRateSweep.WiderIsAlwaysBetter(Parameterization.MaximalUpdate);
}
