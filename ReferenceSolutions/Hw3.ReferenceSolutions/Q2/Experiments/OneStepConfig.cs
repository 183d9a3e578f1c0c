using Hw3.ReferenceSolutions.Q2.Network;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// One MLP with the given hidden widths, one Adam step on a batch, repeated for each seed (each seed
/// draws its own initialization and batch). <paramref name="LearningRate"/> is the global Adam LR under
/// SP and the base LR of the per-layer rules under μP.
/// </summary>
public sealed record OneStepConfig(
    IReadOnlyList<int> HiddenWidths,
    double LearningRate,
    IReadOnlyList<int> Seeds,
    DataSource Data,
    int BatchSize = 64,
    Activation Activation = Activation.Sigmoid)
{
    /// <summary>
    /// The notebook's widths: consecutive layers have fan-in/fan-out pairs such as 64→8, 8→16, 64→64,
    /// 64→256 and 256→1024, so log fan-in and log fan-out are far from collinear.
    /// </summary>
    public static OneStepConfig Default { get; } = new([8, 16, 64, 64, 64, 256, 256, 1024], 1e-3, [1, 2], DataSource.Default);

    /// <summary>
    /// For the ScaledMLP comparison: a shallower net (so that gradients divided by fan-in stay far above
    /// Adam's ε) whose hidden-producing layers have three different fan-ins (64, 8, 32).
    /// </summary>
    public static OneStepConfig ScaledDefault { get; } = new([8, 32, 128], 1e-3, [1, 2, 3], DataSource.Default);
}
