namespace Hw3.Grader.Rubrics;

/// <summary>One graded item: its identity and points, the members it checks, and how.</summary>
/// <param name="Settings">What only its kind reads (Checks/Kinds/&lt;Kind&gt;/); that kind's settings record.</param>
/// <param name="Path">Where the item sits in the rubric file (<c>$.items[3]</c>), for messages.</param>
/// <param name="Feedback">The rubric's <c>feedback</c>: one sentence for students on the property a right answer has, shown when the item
/// fails (never the expected value: grading policy, including what a student is told, lives in the rubric).</param>
public sealed record RubricItem(
    string Id,
    string Title,
    double Points,
    IRubricKind Kind,
    string Visibility,
    IReadOnlyList<RubricTarget> Targets,
    Tolerance Tolerance,
    IReadOnlyList<RubricMistake> Mistakes,
    TimeSpan CallTimeout,
    KindSettings Settings,
    string Path,
    string? Feedback = null)
{
    public bool IsManual => Kind.ScoredByStaff;
}
