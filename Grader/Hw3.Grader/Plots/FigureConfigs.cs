using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.Grader.Plots;

/// <summary>The experiments behind the five Q2 figures: the references' own configurations, on synthetic data unless told otherwise.</summary>
public sealed record FigureConfigs(CoordinateCheckConfig CoordinateCheck, OneStepConfig Layerwise, OneStepConfig Scaled, LearningRateSweepConfig Sweep)
{
    /// <summary>
    /// The coordinate checks over the rubric's widths (64 to 1024, four octaves) with three seeds; the other experiments as
    /// the reference answers run them.
    /// </summary>
    public static FigureConfigs Default { get; } = new(
        CoordinateCheckConfig.Default with { Widths = [64, 128, 256, 512, 1024] },
        OneStepConfig.Default,
        OneStepConfig.ScaledDefault,
        LearningRateSweepConfig.Default);

    /// <summary>Every experiment on the given examples (MNIST from <c>--data</c>).</summary>
    public FigureConfigs On(DataSource data) => new(
        CoordinateCheck with { Data = data },
        Layerwise with { Data = data },
        Scaled with { Data = data },
        Sweep with { Data = data });
}
