namespace Hw3.Grader.Autograder;

/// <summary>
/// What the grader uses of Gradescope's <c>submission_metadata.json</c>
/// (https://gradescope-autograders.readthedocs.io/en/latest/submission_metadata/): who submitted, when, the
/// assignment's due dates and points, and how many submissions came before.
/// </summary>
/// <param name="DueDate">The assignment's due date; null when the metadata names none.</param>
/// <param name="LateDueDate">The late due date, when the assignment has one.</param>
/// <param name="TotalPoints">The assignment's total points on Gradescope (manual grading included), when given.</param>
public sealed record SubmissionMetadata(
    long? SubmissionId,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? DueDate,
    DateTimeOffset? LateDueDate,
    double? TotalPoints,
    string? AssignmentTitle,
    IReadOnlyList<SubmissionUser> Users,
    int PreviousSubmissions);
