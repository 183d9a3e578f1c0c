namespace Hw3.Grader.Rubrics;

/// <summary>One graded item: its identity and points, the members it checks, and how.</summary>
/// <param name="Settings">What only its kind reads (Checks/Kinds/&lt;Kind&gt;/); that kind's settings record.</param>
/// <param name="Path">Where the item sits in the rubric file (<c>$.items[3]</c>), for messages.</param>
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
    string Path)
{
    public bool IsManual => Kind.ScoredByStaff;
}
