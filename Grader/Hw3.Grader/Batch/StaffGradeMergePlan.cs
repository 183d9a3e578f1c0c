using Hw3.Grader.Grading;

namespace Hw3.Grader.Batch;

/// <summary>
/// What <c>hw3 manual</c> will write, worked out in full before anything is written: the reports that change (with
/// their records), every record for grades.csv, and a line per change; or every problem found, and nothing to write.
/// </summary>
/// <param name="Updates">The students whose report changes, in key order.</param>
/// <param name="Records">Every student's record after the merge, in key order (grades.csv).</param>
/// <param name="Changes">One line per student whose grade changes: the items and the old and new total.</param>
public sealed record StaffGradeMergePlan(
    IReadOnlyList<(GradeReport Report, StudentRecord Record)> Updates,
    IReadOnlyList<StudentRecord> Records,
    IReadOnlyList<string> Changes,
    IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
