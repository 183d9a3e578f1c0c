namespace Hw3.Grader.Rubrics;

/// <summary>Gradescope's visibility values, as rubric files and results.json spell them.</summary>
public static class Visibility
{
    public const string Visible = "visible";
    public const string Hidden = "hidden";
    public const string AfterDueDate = "after_due_date";
    public const string AfterPublished = "after_published";

    public static IReadOnlyList<string> All { get; } = [Visible, Hidden, AfterDueDate, AfterPublished];

    /// <summary>Whether a student checking a file before the deadline may see this item's outcome.</summary>
    public static bool IsVisibleBeforeDeadline(string visibility) => visibility == Visible;
}
