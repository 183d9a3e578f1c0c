using System.Globalization;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;
using MathNet.Numerics;

namespace Hw3.Grader.Checks.Kinds.Scaling;

/// <summary>
/// Checks how a member grows: log-log exponents in each argument, fitted at large sizes and compared with
/// the reference's exponents fitted the same way; and the values themselves. When the constant is free (a Θ(·)
/// answer) the values must be one positive multiple of the reference's on every input, fit points and comparison
/// points alike (a rule right only at large widths is not a rule). Otherwise right exponents with a wrong constant
/// earn the rubric's partial credit, only for the <c>partialForms</c> it names when it names any.
/// </summary>
public sealed class ScalingCheck : ICheck
{
    private readonly CheckContext _context;
    private readonly ScalingSettings _settings;
    private readonly ValueComparison _comparison;
    private readonly IReadOnlyList<(RubricTarget Target, IReadOnlyList<MemberCall> Compare, IReadOnlyList<MemberCall> Fit)> _plan;

    public ScalingCheck(RubricItem item, ScalingSettings settings, CheckContext context)
    {
        Item = item;
        _context = context;
        _settings = settings;
        _comparison = new ValueComparison(item, context, settings.ShowExpected);
        _plan = item.Targets
            .Select(t => (t,
                GridPlanner.Plan(t.Member, settings.Axes, null, context.Seed, item.Id),
                GridPlanner.Plan(t.Member, settings.FitAxes, null, context.Seed, item.Id)))
            .ToList();
    }

    public RubricItem Item { get; }

    public IReadOnlyList<MemberCall> PlanCalls() => _plan.SelectMany(p => p.Compare.Concat(p.Fit)).ToList();

    public void ComputeReferences()
    {
        foreach (var (target, compare, fit) in _plan)
        {
            _context.EvaluateReferences(target, compare.Concat(fit));
        }
    }

    public ItemResult Score(CallResults results)
    {
        var scored = _plan.Select(p => Judge(p.Target, p.Compare, p.Fit, results)).ToList();
        var fraction = scored.Average(s => s.Fraction);
        var reason = fraction >= 1 ? "correct" : string.Join("; ", scored.Where(s => s.Fraction < 1).Select(s => s.Verdict.Reason).Distinct());
        return ItemOutcome.Scored(Item, fraction, reason, scored.SelectMany(s => s.Verdict.Lines), scored.SelectMany(s => s.Verdict.Mistakes),
            scored.FirstOrDefault(s => s.Fraction < 1).Verdict?.Finding);
    }

    private (double Fraction, TargetVerdict Verdict) Judge(RubricTarget target, IReadOnlyList<MemberCall> compare, IReadOnlyList<MemberCall> fit, CallResults results)
    {
        var header = $"{target.Member.Signature}: values on {ValueComparison.DescribeInputs(_settings.Axes, target.Member, null)}; growth fitted on {ValueComparison.DescribeInputs(_settings.FitAxes, target.Member, null)}";
        if (_comparison.FirstFailedCall(compare.Concat(fit).ToList(), results) is { } failed)
        {
            return (0, failed with { Lines = [$"✗ {header}", .. failed.Lines] });
        }

        // A value that cannot be right on any input (NaN, ±∞) earns nothing, even where the growth fits.
        if (compare.FirstOrDefault(call => NumericAnswer.Defect(results[call].Value!, _context.References.Evaluate(target.Accept[0], call)) is not null) is not null)
        {
            var invalid = _comparison.Explain(target, compare, results);
            return (0, invalid with { Lines = [$"✗ {header}", .. invalid.Lines] });
        }

        if (!_settings.ConstantIsFree && _comparison.MatchingReference(target, compare, results) is not null)
        {
            return (1, TargetVerdict.Pass($"✓ {header}: correct."));
        }

        var student = FitExponents(target.Member, fit, call => results[call].Value!.AsDouble() ?? double.NaN);
        if (student.Problem is { } problem)
        {
            return (0, TargetVerdict.Fail("no growth rate", [$"✗ {header}", problem]) with { Finding = new StudentFinding(null, $"{target.Member.Id}: {problem}", null, null) });
        }

        var reference = FitExponents(target.Member, fit, call => _context.References.Evaluate(target.Accept[0], call).AsDouble() ?? double.NaN);
        var exponentsRight = student.Slopes.Zip(reference.Slopes).All(p => Math.Abs(p.First.Slope - p.Second.Slope) <= _settings.ExponentTolerance);
        var growth = "Your values grow like " + string.Join(" · ", student.Slopes
            .GroupBy(s => s.Axis)
            .Select(g => $"{g.Key}^{g.Average(s => s.Slope).ToString("F2", CultureInfo.InvariantCulture)}")) + ".";

        if (_settings.ConstantIsFree)
        {
            // Any constant, but one rule everywhere: the same multiple of the reference on every input, fit points
            // and comparison points alike (right exponents on the fit points alone would pass a rule that is wrong elsewhere).
            var all = compare.Concat(fit).ToList();
            if (FirstInconsistentCall(target, all, results) is not { } odd)
            {
                return (1, TargetVerdict.Pass($"✓ {header}: the right rule up to a constant factor (any constant factor is accepted here)."));
            }

            var known = _comparison.RecognisedMistakes(compare, results);
            return (0, TargetVerdict.Fail(known.Count > 0 ? "known mistake: " + known[0].Id : exponentsRight ? "not one rule everywhere" : "wrong growth", [
                $"✗ {header}",
                growth,
                exponentsRight
                    ? $"That growth fits the fit points, but {odd.Key} returned {results[odd].Value}, which is not the same multiple of the right rule as on the other inputs: a rule must hold for every width, not only the large ones."
                    : $"{odd.Key} returned {results[odd].Value}, which does not follow the right rule up to a constant factor.",
                CallResults.CallLine(odd),
                .. known.Select(m => "Hint: " + m.Message),
            ], known.Select(m => m.Id).ToList()) with
            {
                Finding = new StudentFinding(odd.Key, $"{odd.Key} returned {results[odd].Value}, which does not follow one rule on every input", known.FirstOrDefault()?.Message, null),
            });
        }

        var mistakes = _comparison.RecognisedMistakes(compare, results);
        var hints = mistakes.Select(m => "Hint: " + m.Message).ToList();
        if (exponentsRight && PartialFormMatched(compare.Concat(fit).ToList(), results))
        {
            return (_settings.PartialCredit, TargetVerdict.Fail(
                "right growth, wrong constant",
                [$"◐ {header}", $"{growth} That is the right growth in every argument, but the constant factor is not right (partial credit).", .. hints],
                mistakes.Select(m => m.Id).ToList()) with
            {
                Finding = new StudentFinding(null, $"{target.Member.Id}: {growth[..^1]}, the right growth in every argument, but the constant factor is not right", mistakes.FirstOrDefault()?.Message, null),
            });
        }

        var explained = _comparison.Explain(target, compare, results);
        var growthLine = exponentsRight
            ? $"{growth} That is the right growth in every argument, but the constant factor is not right{(_settings.PartialCredit > 0 ? " (and not one that earns partial credit)" : "")}."
            : growth;
        return (0, explained with { Reason = mistakes.Count > 0 ? explained.Reason : exponentsRight ? "right growth, wrong constant" : "wrong growth", Lines = [$"✗ {header}", growthLine, .. explained.Lines] });
    }

    /// <summary>
    /// Whether right exponents earn the partial credit: with <c>partialForms</c>, only a value that matches one of
    /// those formulas on every input (q1b.rms: d1², not any c·d1²); without, any constant factor.
    /// </summary>
    private bool PartialFormMatched(IReadOnlyList<MemberCall> calls, CallResults results)
    {
        var forms = _settings.PartialForms;
        return _settings.PartialCredit > 0 && (forms.Count == 0 || forms.Any(form =>
            calls.All(call => NumericAnswer.Matches(results[call].Value!, _context.Mistakes.Evaluate(form, call), Item.Tolerance))));
    }

    /// <summary>The first call whose value is not the same positive multiple of the reference as the first call's, or null.</summary>
    private MemberCall? FirstInconsistentCall(RubricTarget target, IReadOnlyList<MemberCall> calls, CallResults results)
    {
        double? first = null;
        foreach (var call in calls)
        {
            var ratio = (results[call].Value!.AsDouble() ?? double.NaN) / (_context.References.Evaluate(target.Accept[0], call).AsDouble() ?? double.NaN);
            if (!double.IsFinite(ratio) || ratio <= 0)
            {
                return call;
            }

            first ??= ratio;
            if (!Item.Tolerance.Accepts(ratio, first.Value))
            {
                return call;
            }
        }

        return null;
    }

    private (IReadOnlyList<(string Axis, double Slope)> Slopes, string? Problem) FitExponents(
        Hw3.Grader.AnswerApi.AnswerMember member, IReadOnlyList<MemberCall> calls, Func<MemberCall, double> value)
    {
        var slopes = new List<(string, double)>();
        var names = member.ParameterNames!;
        for (var axis = 0; axis < names.Count; axis++)
        {
            var a = axis;
            var groups = calls.GroupBy(c => string.Join(",", c.Arguments.Where((_, i) => i != a).Select(v => v.ToString())), StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var points = group.Select(c => (X: c.Arguments[a].AsDouble() ?? double.NaN, Y: value(c), Call: c)).OrderBy(p => p.X).ToList();
                if (points.Select(p => p.X).Distinct().Count() < 2)
                {
                    continue;
                }

                if (points.FirstOrDefault(p => !(p.Y > 0) || !double.IsFinite(p.Y)) is { Call: not null } bad)
                {
                    return ([], $"{bad.Call.Key} returned {WireValue.FormatNumber(bad.Y)}; a growth rate needs positive, finite values.");
                }

                var line = Fit.Line(points.Select(p => Math.Log(p.X)).ToArray(), points.Select(p => Math.Log(p.Y)).ToArray());
                slopes.Add((names[a], line.B));
            }
        }

        return (slopes, null);
    }
}
