namespace Hw3.Grader.Rubrics;

/// <summary>One graded item: its identity and points, the members it checks, and how.</summary>
/// <param name="Path">Where the item sits in the rubric file (<c>$.items[3]</c>), for messages.</param>
public sealed record RubricItem(
    string Id,
    string Title,
    double Points,
    CheckKind Kind,
    string Visibility,
    IReadOnlyList<RubricTarget> Targets,
    Tolerance Tolerance,
    IReadOnlyList<RubricMistake> Mistakes,
    TimeSpan CallTimeout,
    ItemSettings Settings,
    string Path)
{
    public bool IsManual => Kind == CheckKind.Manual;
}
