namespace Hw3.Grader.Grading;

/// <summary>
/// The outcome of one rubric item for one submission.
/// </summary>
/// <param name="Status">Decided once, where the outcome is known; exporters read it and never compare scores to guess it.</param>
/// <param name="Reason">One line for the terminal table.</param>
/// <param name="Details">The full student-facing output: what was checked, what came back, how to reproduce it.</param>
/// <param name="ManualPoints">For items staff grade by hand, their points (exported separately while not graded, never counted as lost).</param>
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
    /// <summary>Set when staff have graded this item by hand (<see cref="StaffGrade"/>); empty when they gave a score without a comment.</summary>
    public string? StaffComment { get; init; }

    /// <summary>For an item that did not pass: what a student may be told about it (the call, what came back, the property a right answer has).</summary>
    public StudentFinding? Finding { get; init; }

    /// <summary>What a behaviour item measured, for coordcheck.png (empty for every other item, and in a report read back).</summary>
    public IReadOnlyList<WidthCurve> Curves { get; init; } = [];

    /// <summary>Waiting for staff: not counted in the totals.</summary>
    public bool IsManual => Status == ItemStatus.Manual;

    public bool IsStaffGraded => StaffComment is not null;

    /// <summary>An item staff grade by hand, graded yet or not.</summary>
    public bool IsForStaff => IsManual || IsStaffGraded;

    /// <summary>Counted in the totals: everything but a free-text item staff have not graded yet.</summary>
    public bool IsCounted => !IsManual;
}
