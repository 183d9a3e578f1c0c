namespace Hw3.Grader.Grading;

/// <summary>How an item came out: decided once (by the check's outcome, <see cref="SubmissionGrader"/> or a staff grade) and only read afterwards.</summary>
public enum ItemStatus
{
    Passed,

    /// <summary>Some of the points: e.g. the right exponents with a wrong constant.</summary>
    Partial,

    Failed,

    /// <summary>Free text collected for staff and not graded yet: not counted in the totals.</summary>
    Manual,

    /// <summary>Nothing of the submission ran (no source, or it did not compile): no points, and nothing to compare.</summary>
    NotRun,
}
