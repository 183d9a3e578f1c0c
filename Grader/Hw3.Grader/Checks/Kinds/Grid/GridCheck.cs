using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Grid;

/// <summary>
/// Calls each member on a parameter grid and compares every value with the references (an item may accept
/// several forms: the student must match one of them on every input). Points are split evenly between members.
/// </summary>
public sealed class GridCheck : ICheck
{
    private readonly CheckContext _context;
    private readonly GridSettings _settings;
    private readonly ValueComparison _comparison;
    private readonly IReadOnlyList<(RubricTarget Target, IReadOnlyList<MemberCall> Calls)> _plan;

    public GridCheck(RubricItem item, GridSettings settings, CheckContext context)
    {
        Item = item;
        _context = context;
        _settings = settings;
        _comparison = new ValueComparison(item, context, settings.ShowExpected);
        _plan = item.Targets
            .Select(t => (t, GridPlanner.Plan(t.Member, settings.Axes, settings.Generator, context.Seed, item.Id)))
            .ToList();
    }

    public RubricItem Item { get; }

    public IReadOnlyList<MemberCall> PlanCalls() => _plan.SelectMany(p => p.Calls).ToList();

    public void ComputeReferences()
    {
        foreach (var (target, calls) in _plan)
        {
            _context.EvaluateReferences(target, calls);
        }
    }

    public ItemResult Score(CallResults results)
    {
        var verdicts = _plan.Select(p => Judge(p.Target, p.Calls, results)).ToList();
        var passed = verdicts.Count(v => v.Passed);
        var reason = passed == verdicts.Count
            ? _plan.Sum(p => p.Calls.Count) is var count && count == 1 ? "correct" : $"correct on all {count} inputs"
            : string.Join("; ", verdicts.Where(v => !v.Passed).Select(v => v.Reason).Distinct());
        return ItemOutcome.Scored(Item, (double)passed / verdicts.Count, reason, verdicts.SelectMany(v => v.Lines), verdicts.SelectMany(v => v.Mistakes),
            verdicts.FirstOrDefault(v => !v.Passed)?.Finding);
    }

    private TargetVerdict Judge(RubricTarget target, IReadOnlyList<MemberCall> calls, CallResults results)
    {
        var inputs = ValueComparison.DescribeInputs(_settings.Axes, target.Member, _settings.Generator);
        var header = calls.Count == 1 && target.Member.IsProperty
            ? $"{target.Member.Signature}"
            : $"{target.Member.Signature} on {calls.Count} {(calls.Count == 1 ? "input" : "inputs")} ({inputs})";
        if (_comparison.FirstFailedCall(calls, results) is { } failed)
        {
            return failed with { Lines = [$"✗ {header}", .. failed.Lines] };
        }

        if (_comparison.MatchingReference(target, calls, results) is not null)
        {
            return TargetVerdict.Pass($"✓ {header}: correct.");
        }

        var verdict = _comparison.Explain(target, calls, results);
        return verdict with { Lines = [$"✗ {header}", .. verdict.Lines] };
    }
}
