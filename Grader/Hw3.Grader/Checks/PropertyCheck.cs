using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>
/// Reads answer properties (a choice, a true/false, an exponent) and compares each with its reference;
/// points are split evenly between the properties.
/// </summary>
public sealed class PropertyCheck(RubricItem item, CheckContext context, IAnswerComparer comparer) : ICheck
{
    public RubricItem Item { get; } = item;

    public IReadOnlyList<MemberCall> PlanCalls() => Item.Targets.Select(Call).ToList();

    public void ComputeReferences()
    {
        foreach (var target in Item.Targets)
        {
            context.EvaluateReferences(target, [Call(target)]);
        }
    }

    public ItemResult Score(CallResults results)
    {
        var lines = new List<string>();
        var reasons = new List<string>();
        var right = 0;
        StudentFinding? finding = null;
        foreach (var target in Item.Targets)
        {
            var call = Call(target);
            var outcome = results[call];
            if (outcome.Status != CallStatus.Returned)
            {
                lines.Add("✗ " + OutcomeText.Describe(call, outcome));
                reasons.Add(OutcomeText.Short(outcome));
                finding ??= outcome.Status == CallStatus.NotRun ? null : new StudentFinding(call.Key, OutcomeText.Describe(call, outcome), null, null);
                continue;
            }

            var mismatches = target.Accept
                .Select(reference => comparer.Mismatch(outcome.Value!, context.References.Evaluate(reference, call)))
                .ToList();
            var mismatch = mismatches.Contains(null) ? null : mismatches[0];
            if (mismatch is null)
            {
                right++;
                lines.Add($"✓ {target.Member.Id}: correct.");
            }
            else
            {
                lines.Add($"✗ {target.Member.Id} {mismatch}.");
                reasons.Add("wrong answer");
                finding ??= new StudentFinding(call.Key, $"{target.Member.Id} {mismatch}", null, null);
            }
        }

        var reason = right == Item.Targets.Count ? "correct" : $"{right} of {Item.Targets.Count} right" + (reasons.Count > 0 ? ": " + string.Join(", ", reasons.Distinct()) : "");
        return ItemOutcome.Scored(Item, (double)right / Item.Targets.Count, reason, lines, finding: finding);
    }

    private static MemberCall Call(RubricTarget target) => GridPlanner.PropertyCall(target.Member);
}
