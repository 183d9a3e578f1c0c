using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Manual;

/// <summary>
/// Collects free-text answers for staff. The item is worth 0 automatic points; its points are exported
/// separately for staff to award, never counted as lost.
/// </summary>
public sealed class ManualCheck(RubricItem item) : ICheck
{
    private const int MaxShownCharacters = 4000;

    public RubricItem Item { get; } = item;

    public IReadOnlyList<MemberCall> PlanCalls() => Item.Targets.Select(Call).ToList();

    /// <summary>Free text has no reference.</summary>
    public void ComputeReferences()
    {
    }

    public ItemResult Score(CallResults results)
    {
        var answers = new List<ManualAnswer>();
        var lines = new List<string> { $"Staff grade this item by hand ({Item.Points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} {(Item.Points == 1 ? "point" : "points")}); the autograder only collects your answer." };
        foreach (var target in Item.Targets)
        {
            var call = Call(target);
            var outcome = results[call];
            var text = outcome is { Status: CallStatus.Returned, Value.Kind: WireKind.String } ? outcome.Value.Text : null;
            answers.Add(new ManualAnswer(target.Member.Id, text));
            lines.Add(text switch
            {
                null when outcome.Status == CallStatus.Returned => $"{target.Member.Id}: returned {outcome.Value}, not text; no answer collected.",
                null => $"{target.Member.Id}: no answer collected: {OutcomeText.Describe(call, outcome)}.",
                _ when string.IsNullOrWhiteSpace(text) => $"{target.Member.Id}: (empty)",
                _ => $"{target.Member.Id}: {Shorten(text)}",
            });
        }

        var collected = answers.Count(a => !string.IsNullOrWhiteSpace(a.Text));
        return ItemOutcome.Manual(Item, $"for staff: {collected} of {answers.Count} answers collected", lines, answers);
    }

    private static string Shorten(string text) =>
        text.Length <= MaxShownCharacters ? text : text[..MaxShownCharacters] + $"… ({text.Length - MaxShownCharacters} more characters)";

    private static MemberCall Call(RubricTarget target) => GridPlanner.PropertyCall(target.Member);
}
