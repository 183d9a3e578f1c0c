using System.Globalization;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Completion;

/// <summary>
/// Completion credit: a text with at least one letter or digit, or a number of hours between
/// <see cref="FewestHours"/> and <see cref="MostHours"/>; points split evenly. A zero-width space, a soft hyphen or
/// double.Epsilon hours are not an answer (a red-team review had them earn the point).
/// </summary>
public sealed class CompletionCheck(RubricItem item) : ICheck
{
    public const double FewestHours = 0.1;
    public const double MostHours = 1000;

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
                    WireKind.String when outcome.Value.Text!.Any(char.IsLetterOrDigit) => null,
                    WireKind.String => $"{target.Member.Id} is empty (it holds no letter or digit)",
                    _ when outcome.Value.AsDouble() is { } d && d is >= FewestHours and <= MostHours => null,
                    _ => string.Create(CultureInfo.InvariantCulture, $"{target.Member.Id} returned {outcome.Value}; expected a positive number of hours ({FewestHours:0.#} to {MostHours:0})"),
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
