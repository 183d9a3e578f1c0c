using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>Builds an <see cref="ItemResult"/> from a fraction of the item's points and the lines that explain it.</summary>
public static class ItemOutcome
{
    /// <param name="finding">What a student may be told when the item did not pass; the item's rubric feedback is added to it.</param>
    public static ItemResult Scored(RubricItem item, double fraction, string reason, IEnumerable<string> details, IEnumerable<string>? mistakes = null,
        StudentFinding? finding = null)
    {
        fraction = Math.Clamp(fraction, 0, 1);
        var score = Math.Round(item.Points * fraction, 4);
        var status = FractionStatus.Of(fraction);
        return new ItemResult(item.Id, item.Title, score, item.Points, status, reason, string.Join("\n", details), StudentVisibility.Of(item), 0,
            (mistakes ?? []).Distinct().ToList(), [])
        {
            Finding = status == ItemStatus.Passed ? null : (finding ?? new StudentFinding(null, null, null, null)) with { Property = item.Feedback },
        };
    }

    public static ItemResult Manual(RubricItem item, string reason, IEnumerable<string> details, IReadOnlyList<ManualAnswer> answers) =>
        new(item.Id, item.Title, 0, 0, ItemStatus.Manual, reason, string.Join("\n", details), StudentVisibility.Of(item), item.Points, [], answers);
}
