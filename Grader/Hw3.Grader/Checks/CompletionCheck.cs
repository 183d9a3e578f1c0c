using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>Completion credit: a non-empty text, or a positive finite number (hours spent); points split evenly.</summary>
public sealed class CompletionCheck(RubricItem item) : ICheck
{
    public RubricItem Item { get; } = item;

    public IReadOnlyList<MemberCall> PlanCalls() => Item.Targets.Select(Call).ToList();

    /// <summary>Completion needs an answer, not a reference.</summary>
    public void ComputeReferences()
    {
    }

    public ItemResult Score(CallResults results)
    {
        var lines = new List<string>();
        var complete = 0;
        var answers = new List<ManualAnswer>();
        foreach (var target in Item.Targets)
        {
            var call = Call(target);
            var outcome = results[call];
            string? problem = outcome.Status != CallStatus.Returned
                ? OutcomeText.Describe(call, outcome)
                : outcome.Value!.Kind switch
                {
                    WireKind.String when !string.IsNullOrWhiteSpace(outcome.Value.Text) => null,
                    WireKind.String => $"{target.Member.Id} is empty",
                    _ when outcome.Value.AsDouble() is { } d && double.IsFinite(d) && d > 0 => null,
                    _ => $"{target.Member.Id} returned {outcome.Value}; expected a positive number",
                };
            answers.Add(new ManualAnswer(target.Member.Id, outcome.Value?.Kind == WireKind.String ? outcome.Value.Text : outcome.Value?.ToString()));
            if (problem is null)
            {
                complete++;
                lines.Add($"✓ {target.Member.Id}: answered.");
            }
            else
            {
                lines.Add($"✗ {problem}.");
            }
        }

        var reason = complete == Item.Targets.Count ? "complete" : $"{complete} of {Item.Targets.Count} answered";
        return ItemOutcome.Scored(Item, (double)complete / Item.Targets.Count, reason, lines) with { Answers = answers };
    }

    private static MemberCall Call(RubricTarget target) => GridPlanner.PropertyCall(target.Member);
}
