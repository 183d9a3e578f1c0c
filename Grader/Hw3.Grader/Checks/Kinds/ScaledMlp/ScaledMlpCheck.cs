using System.Globalization;
using Hw3.Grader.Checks.Kinds.Behaviour;
using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;
using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.Grader.Checks.Kinds.ScaledMlp;

/// <summary>
/// Grades Q2(d) by what the student's ScaledMLP does: the runner returns only the two multipliers at the experiment's
/// fan-ins; the grader builds the ScaledMLP they describe beside the plain MLP (same seeded Gaussians), checks that the
/// function at initialisation is unchanged, and takes the same plain-Adam step on both: the handout's point is that
/// Adam's step is the same size in both, so its effect on each layer's output shrinks by the forward multiplier, and the
/// student's shrinking must match the reference ScaledMLP's layer by layer. Half the points for the update's effect;
/// the other half for an unchanged initial function, counted only with it (not scaling at all leaves the function
/// unchanged too). The formula check runs beside it as a note that names a wrong exponent.
/// </summary>
public sealed class ScaledMlpCheck : ICheck
{
    private readonly ScaledMlpSettings _settings;
    private readonly ScaledMlpExperimentCache _cache;
    private readonly MultiplierPlan _plan;
    private readonly ScalingCheck _formula;
    private readonly ValueComparison _comparison;
    private readonly Lazy<ScaledMlpResult> _reference;

    /// <param name="cache">Where experiments are remembered: <see cref="ScaledMlpExperimentCache.Shared"/> unless a test or bench counts its own.</param>
    public ScaledMlpCheck(RubricItem item, ScaledMlpSettings settings, CheckContext context, ScaledMlpExperimentCache? cache = null)
    {
        Item = item;
        _settings = settings;
        _cache = cache ?? ScaledMlpExperimentCache.Shared;
        var forward = item.Targets.Single(t => MultiplierMembers.IsForward(t.Member)).Member;
        var init = item.Targets.Single(t => !MultiplierMembers.IsForward(t.Member)).Member;
        _plan = new MultiplierPlan(forward, init, settings);
        _formula = new ScalingCheck(item, settings.Formula, context);
        _comparison = new ValueComparison(item, context, settings.Formula.ShowExpected);
        _reference = new(() => _cache.Run(_plan.Reference(), _settings), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public RubricItem Item { get; }

    public IReadOnlyList<MemberCall> PlanCalls() => _plan.Calls.Concat(_formula.PlanCalls()).DistinctBy(c => c.Key, StringComparer.Ordinal).ToList();

    public void ComputeReferences()
    {
        _formula.ComputeReferences();
        _ = _reference.Value;
    }

    public ItemResult Score(CallResults results)
    {
        var asked = PlanCalls();
        if (_comparison.FirstFailedCall(asked, results) is { } failed)
        {
            return ItemOutcome.Scored(Item, 0, failed.Reason, [Introduction(), .. failed.Lines], finding: failed.Finding);
        }

        // A multiplier is a positive finite number: 0 or a negative one builds no ScaledMLP, NaN never passes.
        if (asked.FirstOrDefault(c => results[c].Value!.AsDouble() is not (> 0 and < double.PositiveInfinity)) is { } call)
        {
            return ItemOutcome.Scored(Item, 0, "not a multiplier", [
                Introduction(),
                $"✗ {call.Key} returned {results[call].Value}: a multiplier must be a positive, finite number, so no ScaledMLP was built.",
                CallResults.CallLine(call),
            ], finding: new StudentFinding(call.Key, $"{call.Key} returned {results[call].Value}, and a multiplier must be a positive, finite number", null, null));
        }

        var formula = _formula.Score(results);
        var student = _cache.Run(_plan.From(results), _settings);
        var reference = _reference.Value;
        var layers = student.Layers.Zip(reference.Layers, (s, r) => (Student: s, Reference: r)).ToList();
        var effectWrong = layers.Where(l => !EffectMatches(l.Student, l.Reference)).ToList();
        var functionKept = double.IsFinite(student.InitialRelativeLogitDifference) && student.InitialRelativeLogitDifference <= _settings.FunctionTolerance;
        var fraction = effectWrong.Count > 0 ? 0 : functionKept ? 1 : 0.5;

        var lines = new List<string> { Introduction(), FunctionLine(student, functionKept), "Under plain Adam, the step's effect on each layer's output, yours over the plain MLP's:" };
        lines.AddRange(layers.Select(l => EffectLine(l.Student, l.Reference)));
        lines.Add($"  Across fan-ins your ratio goes like fan-in^{ActivationChangeTable.Slope(student.EffectRatioSlopeVsFanIn)} "
            + $"(the reference ScaledMLP's like fan-in^{ActivationChangeTable.Slope(reference.EffectRatioSlopeVsFanIn)}): "
            + "Adam's step has about the same size in both networks, so the forward multiplier decides how much it moves the features.");
        if (effectWrong.Count == 0 && !functionKept)
        {
            lines.Add("The update's effect is right, but the network starts as a different function: your init multiplier does not undo your forward multiplier.");
        }

        lines.Add("");
        lines.Add("The formulas on their own (a note: the grade follows the behaviour above):");
        lines.AddRange(formula.Details.Split('\n'));

        var reason = (effectWrong.Count, functionKept) switch
        {
            (0, true) => "correct",
            (0, false) => "the initial function changed",
            _ => "the update's effect differs from the reference ScaledMLP's at fan-in " + string.Join(", ", effectWrong.Select(l => l.Student.Layer.FanIn)),
        };
        return ItemOutcome.Scored(Item, fraction, reason, lines, formula.Mistakes,
            new StudentFinding(null, $"{Item.Title}: with your multipliers, {reason}", formula.Finding?.KnownMistake, null));
    }

    private bool EffectMatches(ScaledLayerComparison student, ScaledLayerComparison reference) =>
        double.IsFinite(student.EffectRatio) && student.EffectRatio > 0
        && Math.Abs(Math.Log(student.EffectRatio / reference.EffectRatio)) <= Math.Log(1 + _settings.EffectTolerance);

    private string Introduction()
    {
        var widths = string.Join(", ", _settings.HiddenWidths);
        return $"ScaledMLP built from your multipliers: an MLP with hidden widths {widths} on synthetic data, whose layers that produce a hidden "
            + $"activation (fan-in {string.Join(", ", _plan.FanIns)}) multiply their output by your ScaledForwardMultiplier(fanIn) and their initial weights "
            + $"by your ScaledInitMultiplier(fanIn); beside it the plain MLP with the same seeded weights; one plain-Adam step at lr {Number(_settings.LearningRate)} "
            + $"on each, on {_settings.Seeds.Count} seeded batch{(_settings.Seeds.Count == 1 ? "" : "es")} of {_settings.BatchSize}.";
    }

    private string FunctionLine(ScaledMlpResult student, bool kept) => kept
        ? $"✓ The function at initialisation is unchanged: the logits differ from the plain MLP's by {Number(student.InitialRelativeLogitDifference)} (relative; at most {Number(_settings.FunctionTolerance)})."
        : $"✗ The function at initialisation changed: the logits differ from the plain MLP's by {Number(student.InitialRelativeLogitDifference)} (relative; at most {Number(_settings.FunctionTolerance)} is unchanged).";

    private string EffectLine(ScaledLayerComparison student, ScaledLayerComparison reference)
    {
        var name = $"layer {student.Layer.Index} (fan-in {student.Layer.FanIn})";
        if (!double.IsFinite(student.EffectRatio) || student.EffectRatio <= 0)
        {
            return $"  ✗ {name}: its output did not change by a finite amount, so the effect cannot be compared (your multipliers blow the network up or stop it learning).";
        }

        var ratio = $"×{Number(student.EffectRatio)}";
        if (EffectMatches(student, reference))
        {
            return $"  ✓ {name}: {ratio}, as in the reference ScaledMLP (within {Percent(_settings.EffectTolerance)}).";
        }

        var factor = student.EffectRatio / reference.EffectRatio;
        var how = factor > 1 ? $"{Number(factor)} times larger" : $"{Number(1 / factor)} times smaller";
        return $"  ✗ {name}: {ratio}, {how} than in the reference ScaledMLP.";
    }

    private static string Number(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
