using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Rubrics;
using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.Grader.Checks.Kinds.ScaledMlp;

/// <summary>
/// What a scaledmlp item reads: the experiment it runs with the student's multipliers (its rubric "scaledMlp" object),
/// and the scaling settings of the formula note beside it.
/// </summary>
/// <param name="HiddenWidths">Hidden widths of the MLP: the hidden-producing layers' fan-ins are the data dimension and all but the last of these.</param>
/// <param name="Seeds">One initialisation and batch per seed; results are means over seeds.</param>
/// <param name="BatchSize">Examples per batch.</param>
/// <param name="LearningRate">The one plain-Adam learning rate both networks take their step with.</param>
/// <param name="EffectTolerance">
/// How far (relative) each layer's effect ratio (the step's effect on its output in the student's ScaledMLP over the plain
/// MLP's) may be from the reference ScaledMLP's.
/// </param>
/// <param name="FunctionTolerance">The largest relative difference of the initial logits from the plain MLP's: the function at initialisation is unchanged.</param>
/// <param name="Formula">The item's scaling fields (<c>axes</c>, <c>fitAxes</c>, …): the formula note that names a wrong exponent.</param>
public sealed record ScaledMlpSettings(
    IReadOnlyList<int> HiddenWidths,
    IReadOnlyList<int> Seeds,
    int BatchSize,
    double LearningRate,
    double EffectTolerance,
    double FunctionTolerance,
    ScalingSettings Formula) : KindSettings
{
    /// <summary>The reference experiment's configuration with these settings (synthetic data, sigmoid).</summary>
    public OneStepConfig Experiment => OneStepConfig.ScaledDefault with
    {
        HiddenWidths = HiddenWidths,
        Seeds = Seeds,
        BatchSize = BatchSize,
        LearningRate = LearningRate,
    };
}
