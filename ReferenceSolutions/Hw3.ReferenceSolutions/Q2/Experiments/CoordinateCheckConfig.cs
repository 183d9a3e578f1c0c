using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// A coordinate check: MLPs whose hidden layers all have the same width, for each width; one Adam step
/// each; per-layer activation change against width. <paramref name="Initialization"/> picks the Table 3
/// init variances (μP's by default, so that only the learning-rate rules under test differ).
/// </summary>
public sealed record CoordinateCheckConfig(
    IReadOnlyList<int> Widths,
    int HiddenLayers,
    double BaseLearningRate,
    Parameterization Initialization,
    IReadOnlyList<int> Seeds,
    DataSource Data,
    int BatchSize = 64,
    Activation Activation = Activation.Sigmoid)
{
    /// <summary>Five widths over four octaves, three hidden layers, three seeds (a fraction of a second optimized).</summary>
    public static CoordinateCheckConfig Default { get; } =
        new([16, 32, 64, 128, 256], 3, 1e-3, Parameterization.MaximalUpdate, [1, 2, 3], DataSource.Default);
}
