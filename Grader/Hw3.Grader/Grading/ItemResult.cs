namespace Hw3.Grader.Grading;

/// <summary>
/// The outcome of one rubric item for one submission.
/// </summary>
/// <param name="Reason">One line for the terminal table.</param>
/// <param name="Details">The full student-facing output: what was checked, what came back, how to reproduce it.</param>
/// <param name="ManualPoints">For manual items, the points staff award by hand (exported separately, never counted as lost).</param>
/// <param name="Mistakes">Ids of the known mistakes recognised (for batch summaries).</param>
public sealed record ItemResult(
    string Id,
    string Title,
    double Score,
    double MaxScore,
    ItemStatus Status,
    string Reason,
    string Details,
    string Visibility,
    double ManualPoints,
    IReadOnlyList<string> Mistakes,
    IReadOnlyList<ManualAnswer> Answers)
{
    public bool IsManual => Status == ItemStatus.Manual;
}
