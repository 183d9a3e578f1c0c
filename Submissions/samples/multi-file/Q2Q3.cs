// HW3 Q2 (notebook) and Q3 (papers)
using System;
using System.Collections.Generic;
using System.Linq;

public static class Q2
{
    public static string ActivationChangeGrowsWith => "fan-in";

    public static string NormThatTracksFeatureChange => "rms-to-rms";

    // muP for Adam (Tensor Programs V, Table 3)
    public static double InputLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr;

    public static double HiddenLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr / fanIn;

    public static double OutputLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr / fanIn;

    public static double ScaledForwardMultiplier(int fanIn) => 1.0 / fanIn;

    public static double ScaledInitMultiplier(int fanIn) => fanIn;

    public static bool OptimalAdamLearningRateShrinksWithWidth => true;

    public static bool OptimalMuPLearningRateStableAcrossWidth => true;

    public static string Observations =>
        "With plain Adam the best learning rate moves to smaller values as the network gets wider, " +
        "because each Adam step changes every weight by about lr and the activation change adds up over " +
        "fan_in inputs. With muP (hidden LR scaled by 1/fan_in) the loss curves line up and the optimum " +
        "stays at about the same learning rate, and wider networks reach a lower loss.";
}

public static class Q3
{
    public static string Figure1Plots =>
        "Training loss against log2 of the learning rate for Transformers of different widths trained " +
        "with Adam. Left: standard parameterization, the optimal learning rate shifts with width and a " +
        "wider model is not always better. Right: muP, the optimum stays put and wider is always better.";

    public static bool OptimalLrShiftsWithWidthUnderStandardPractice => true;

    public static bool OptimalLrShiftsWithWidthUnderMuP => false;

    public static bool WiderIsAlwaysBetterUnderMuP => true;

    // SP: Adam LR for hidden weights is 1 (no width dependence); muP: 1/fan_in.
    public static double StandardParamHiddenAdamLrExponent => 0.0;

    public static double MuPHiddenAdamLrExponent => -1.0;

    // ||W||_* = Theta(sqrt(fan_out / fan_in))
    public static double SpectralNormFanOutExponent => 0.5;

    public static double SpectralNormFanInExponent => -0.5;

    public static string Desideratum1Why =>
        "If the hidden features are Theta(1) per entry and also change by Theta(1) per entry after an " +
        "update, the features neither blow up nor vanish with width and they actually move during " +
        "training, so the network learns features instead of staying in the lazy/kernel regime.";

    public static string Desideratum1InRms =>
        "RMS(h_l(x)) = Theta(1) and RMS(Delta h_l(x)) = Theta(1), since RMS(v) = ||v||_2 / sqrt(n_l).";

    public static string Condition1InRms =>
        "||W_l||_{RMS->RMS} = Theta(1) and ||Delta W_l||_{RMS->RMS} = Theta(1), where " +
        "||A||_{RMS->RMS} = sqrt(n_{l-1} / n_l) * ||A||_* (the spectral norm rescaled).";

    public static string UpperBoundsFromCondition1 =>
        "||h_l|| = ||W_l h_{l-1}|| <= ||W_l||_* ||h_{l-1}||, so by induction from the input ||h_l|| <= " +
        "Theta(sqrt(n_l / n_{l-1})) Theta(sqrt(n_{l-1})) = Theta(sqrt(n_l)); with the triangle inequality for " +
        "Delta h_l = Delta W_l h_{l-1} + W_l Delta h_{l-1} + Delta W_l Delta h_{l-1} the same holds for ||Delta h_l||.";

    public static string LowerBoundAssumption =>
        "Alignment: the incoming vector h_{l-1} (and Delta h_{l-1}) lies mostly in the top singular directions of " +
        "W_l and Delta W_l (a batch-size-1 gradient update is rank one with right singular vector h_{l-1}), so the " +
        "submultiplicative inequalities are tight up to constants.";
}
