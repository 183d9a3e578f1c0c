namespace Hw3.Grader.Grading;

/// <summary>
/// How a submission as a whole came through grading: decided once, by <see cref="SubmissionGrader"/> where it knows
/// (<see cref="GradeReport.Status"/>), and only read by exporters and the batch (a column of grades.csv).
/// </summary>
public enum SubmissionStatus
{
    /// <summary>Compiled, and every call answered (right or wrong).</summary>
    Graded,

    /// <summary>No usable .cs or .csx file.</summary>
    NoSource,

    /// <summary>The C# has errors, or was too large to compile.</summary>
    CompileError,

    /// <summary>The compiler hung or crashed on this source.</summary>
    CompilerFailed,

    /// <summary>At least one call did not return in time.</summary>
    TimedOut,

    /// <summary>At least one call crashed its runner.</summary>
    RunnerCrashed,

    /// <summary>
    /// The grading machinery itself failed: there is no report, so only the batch sets this, on the student's row
    /// (a rerun tries again).
    /// </summary>
    GraderError,
}
