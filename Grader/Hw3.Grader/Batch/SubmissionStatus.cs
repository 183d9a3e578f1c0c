namespace Hw3.Grader.Batch;

/// <summary>How a submission as a whole came through the batch (a column of grades.csv).</summary>
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

    /// <summary>At least one call did not return in time (or the submission's time budget ran out).</summary>
    TimedOut,

    /// <summary>At least one call crashed its runner.</summary>
    RunnerCrashed,

    /// <summary>The grading machinery itself failed (no report written; a rerun tries again).</summary>
    GraderError,
}
