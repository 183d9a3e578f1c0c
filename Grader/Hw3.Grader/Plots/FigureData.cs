using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.Grader.Plots;

/// <summary>What the five Q2 figures draw, computed by the reference experiments; the tests check the handout's facts on these numbers.</summary>
public sealed record FigureData(WidthScalingComparison Widths, NormComparisonResult Norms, ScaledMlpResult Scaled, LearningRateSweepResult Sweep)
{
    public static FigureData Compute(FigureConfigs configs) => new(
        MupExperiments.ActivationChangeAcrossWidths(configs.CoordinateCheck),
        MupExperiments.NormComparison(configs.Layerwise),
        MupExperiments.ScaledMlpComparison(configs.Scaled),
        MupExperiments.LearningRateSweep(configs.Sweep));
}
