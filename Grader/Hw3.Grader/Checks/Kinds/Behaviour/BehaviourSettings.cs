using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Rubrics;
using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.Grader.Checks.Kinds.Behaviour;

/// <summary>
/// What a behaviour item reads: the coordinate check it runs with the student's learning rates (its rubric "behaviour"
/// object), and the scaling settings of the formula note beside it.
/// </summary>
/// <param name="Widths">Hidden widths of the MLPs, each trained for one Adam step; slopes are fitted against them.</param>
/// <param name="HiddenLayers">Hidden layers per MLP (hidden-to-hidden layers: one fewer).</param>
/// <param name="Seeds">One initialisation and batch per seed; each width sees the same batches.</param>
/// <param name="BatchSize">Examples per batch (the notebook's 64 gives the same slopes at four times the cost).</param>
/// <param name="BaseLearningRate">The baseLr every rate is asked for.</param>
/// <param name="SlopeBound">
/// A layer passes when the log-log slopes against width of its activation change, and of the part its own update
/// causes, are both within ± this of 0.
/// </param>
/// <param name="Formula">The item's scaling fields (<c>axes</c>, <c>fitAxes</c>, <c>constant</c>, …): the formula note that names a wrong exponent.</param>
public sealed record BehaviourSettings(
    IReadOnlyList<int> Widths,
    int HiddenLayers,
    IReadOnlyList<int> Seeds,
    int BatchSize,
    double BaseLearningRate,
    double SlopeBound,
    ScalingSettings Formula) : KindSettings
{
    /// <summary>The reference experiment's configuration with these settings (μP initialisation, synthetic data).</summary>
    public CoordinateCheckConfig Experiment => CoordinateCheckConfig.Default with
    {
        Widths = Widths,
        HiddenLayers = HiddenLayers,
        Seeds = Seeds,
        BatchSize = BatchSize,
        BaseLearningRate = BaseLearningRate,
    };
}
