using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Autograder;

/// <summary>
/// Which items a student may see at grading time, by each result's visibility (already <see cref="Rubrics.StudentVisibility"/>'s) and the metadata's due date:
/// visible items always; after-due-date items once the due date has passed; hidden and after-published items never
/// (the grader cannot know when staff publish). Without a due date nothing dated is shown: the safe side.
/// </summary>
public sealed record VisibleAtGrading(DateTimeOffset Now, DateTimeOffset? DueDate)
{
    public bool DueDatePassed => DueDate is { } due && Now >= due;

    public bool Shows(string visibility) => visibility switch
    {
        Visibility.Visible => true,
        Visibility.AfterDueDate => DueDatePassed,
        _ => false,
    };

    public bool Shows(ItemResult item) => Shows(item.Visibility);
}
