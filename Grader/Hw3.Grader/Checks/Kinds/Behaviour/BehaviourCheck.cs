using System.Globalization;
using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;
using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Checks.Kinds.Behaviour;

/// <summary>
/// Grades a Q2(c) learning-rate rule by what it does: the runner returns only the student's rates for the layer shapes
/// of a coordinate check; the grader trains the reference MLP with them (the μP reference rates for the other layer
/// kinds) and fits, per layer of the rule's kind, how the activation change after one Adam step scales with width.
/// Each layer whose slope stays within the rubric's bound earns its share. The formula check (exponents, known
/// mistakes) runs beside it and names a wrong exponent in a sentence; the grade follows the behaviour.
/// </summary>
public sealed class BehaviourCheck : ICheck
{
    private readonly BehaviourSettings _settings;
    private readonly ExperimentCache _cache;
    private readonly RatePlan _plan;
    private readonly ScalingCheck _formula;
    private readonly ValueComparison _comparison;
    private readonly Lazy<(CoordinateCheckResult MaximalUpdate, CoordinateCheckResult Standard)> _references;

    /// <param name="cache">Where experiments are remembered: <see cref="ExperimentCache.Shared"/> unless a test or bench counts its own.</param>
    public BehaviourCheck(RubricItem item, BehaviourSettings settings, CheckContext context, ExperimentCache? cache = null)
    {
        Item = item;
        _cache = cache ?? ExperimentCache.Shared;
        _settings = settings;
        var member = item.Targets.Single().Member;
        _plan = new RatePlan(member, RateMembers.KindOf(member) ?? throw new ArgumentException($"{member.Id} sets no layer's rate", nameof(item)), _settings);
        _formula = new ScalingCheck(item, settings.Formula, context);
        _comparison = new ValueComparison(item, context, settings.Formula.ShowExpected);
        _references = new(() => (Reference(Parameterization.MaximalUpdate), Reference(Parameterization.Standard)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public RubricItem Item { get; }

    public IReadOnlyList<MemberCall> PlanCalls() => _plan.Calls.Concat(_formula.PlanCalls()).DistinctBy(c => c.Key, StringComparer.Ordinal).ToList();

    public void ComputeReferences()
    {
        _formula.ComputeReferences();
        _ = _references.Value;
    }

    public ItemResult Score(CallResults results)
    {
        // Every rate asked for, the formula grid's included, must be a learning rate: NaN never passes, even where the
        // experiment does not train.
        var asked = PlanCalls();
        if (_comparison.FirstFailedCall(asked, results) is { } failed)
        {
            return ItemOutcome.Scored(Item, 0, failed.Reason, [Introduction(), .. failed.Lines], finding: failed.Finding);
        }

        if (asked.FirstOrDefault(c => results[c].Value!.AsDouble() is not (> 0 and < double.PositiveInfinity)) is { } call)
        {
            return ItemOutcome.Scored(Item, 0, "not a learning rate", [
                Introduction(),
                $"✗ {call.Key} returned {results[call].Value}: a learning rate must be a positive, finite number, so the network was not trained.",
                CallResults.CallLine(call),
            ], finding: new StudentFinding(call.Key, $"{call.Key} returned {results[call].Value}: a learning rate must be a positive, finite number", null, null));
        }

        var formula = _formula.Score(results);
        var student = _cache.Run(_plan.From(results), _settings);
        var (mup, standard) = _references.Value;
        var layers = student.Slopes.Where(s => s.Kind == _plan.Kind).ToList();
        var drifting = layers.Where(s => !Flat(s)).ToList();
        var fraction = (double)(layers.Count - drifting.Count) / layers.Count;
        var lines = new List<string> { Introduction(), Bounds(mup, standard) };
        lines.AddRange(layers.Select(s => LayerLine(s, student)));
        lines.Add("");
        lines.AddRange(ActivationChangeTable.Lines(layers.Select(s => s.LayerIndex).ToList(), _settings.HiddenLayers, student, mup, standard));
        lines.Add("");
        lines.Add("The formula on its own (a note: the grade follows the behaviour above):");
        lines.AddRange(formula.Details.Split('\n'));

        var reason = drifting.Count == 0
            ? "correct"
            : "drifts with width: " + string.Join(", ", drifting.Select(s => $"{LayerNames.Short(Shape(student, s), _settings.HiddenLayers)} ~ width^{ActivationChangeTable.Slope(s.SlopeVsWidth)}"));
        return ItemOutcome.Scored(Item, fraction, reason, lines, formula.Mistakes,
            new StudentFinding(null, $"{Item.Title}: with your learning rates, the activation change {reason}", formula.Finding?.KnownMistake, null)) with
        {
            Curves = [.. layers.SelectMany(s => new[] { (student, CurveRule.Student), (mup, CurveRule.MaximalUpdate), (standard, CurveRule.Standard) }
                .Select(r => Curve(r.Item1, s.LayerIndex, r.Item2)))],
        };
    }

    private WidthCurve Curve(CoordinateCheckResult result, int layerIndex, CurveRule rule)
    {
        var points = result.Points.Where(p => p.Layer.Index == layerIndex).OrderBy(p => p.Width).ToList();
        return new WidthCurve(LayerNames.Short(points[0].Layer, _settings.HiddenLayers), rule, [.. points.Select(p => p.Width)], [.. points.Select(p => p.ActivationChangeRms)]);
    }

    /// <summary>
    /// Both slopes near 0: the activation change (the notebook's metric) and the part the layer's own update causes (which
    /// isolates the rule: a hidden layer's change also carries the input layer's width-independent change, which dilutes
    /// a 1/√fan_in rule's slope to about 0.25, while its own effect grows like width^0.44).
    /// </summary>
    private bool Flat(LayerSlope slope) => Near0(slope.SlopeVsWidth) && Near0(slope.OwnEffectSlopeVsWidth);

    private bool Near0(double slope) => double.IsFinite(slope) && Math.Abs(slope) <= _settings.SlopeBound;

    private string Introduction()
    {
        var widths = string.Join(", ", _settings.Widths);
        return $"Coordinate check with your {_plan.Calls[0].Signature} values: MLPs with {_settings.HiddenLayers} hidden layers of width {widths} "
            + $"(μP initialisation, the reference μP rates for the other layers), one Adam step at baseLr {Number(_settings.BaseLearningRate)} "
            + $"on {_settings.Seeds.Count} seeded batch{(_settings.Seeds.Count == 1 ? "" : "es")} of {_settings.BatchSize} synthetic examples; "
            + "per layer, the batch mean RMS of the change of its output, and how that grows with width (log-log slope).";
    }

    private string Bounds(CoordinateCheckResult mup, CoordinateCheckResult standard)
    {
        string Slopes(CoordinateCheckResult r) => string.Join(" and ", r.Slopes.Where(s => s.Kind == _plan.Kind).Select(s => ActivationChangeTable.Slope(s.SlopeVsWidth)));
        return $"A layer passes when both slopes, of its activation change and of the part its own update causes, are within ±{Number(_settings.SlopeBound)} of 0 (flat across widths). "
            + $"Here the activation change's slopes are {Slopes(mup)} under μP, and {Slopes(standard)} under standard parameterization (baseLr at every width).";
    }

    private string LayerLine(LayerSlope slope, CoordinateCheckResult student)
    {
        var name = LayerNames.Of(Shape(student, slope), _settings.HiddenLayers);
        if (!double.IsFinite(slope.SlopeVsWidth) || !double.IsFinite(slope.OwnEffectSlopeVsWidth))
        {
            return $"✗ {name}: its output did not change by a positive, finite amount at every width, so it has no growth rate (your rates stop it learning, or blow it up).";
        }

        var changes = student.Points.Where(p => p.Layer.Index == slope.LayerIndex).OrderBy(p => p.Width).ToList();
        var factor = changes[^1].ActivationChangeRms / changes[0].ActivationChangeRms;
        var growth = $"its activation change grows like width^{ActivationChangeTable.Slope(slope.SlopeVsWidth)} "
            + $"(×{factor.ToString("G3", CultureInfo.InvariantCulture)} from width {changes[0].Width} to {changes[^1].Width}), "
            + $"the part its own update causes like width^{ActivationChangeTable.Slope(slope.OwnEffectSlopeVsWidth)}";
        return Flat(slope)
            ? $"✓ {name}: {growth}: flat."
            : $"✗ {name} drifts: {growth}.";
    }

    private static Hw3.ReferenceSolutions.Q2.Network.LayerShape Shape(CoordinateCheckResult result, LayerSlope slope) =>
        result.Points.First(p => p.Layer.Index == slope.LayerIndex).Layer;

    /// <summary>The same experiment with a reference rule for the graded kind (μP's, or SP's constant baseLr), through the same cache.</summary>
    private CoordinateCheckResult Reference(Parameterization parameterization)
    {
        var rules = LearningRateRules.FromTable3(parameterization);
        var rule = _plan.Kind switch
        {
            LayerKind.Input => rules.Input,
            LayerKind.Hidden => rules.Hidden,
            _ => rules.Output,
        };
        return _cache.Run(_plan.From(rule), _settings);
    }

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
