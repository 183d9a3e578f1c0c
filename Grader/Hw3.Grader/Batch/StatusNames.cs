namespace Hw3.Grader.Batch;

/// <summary>The words a <see cref="SubmissionStatus"/> is written as in CSV, JSON and on the terminal.</summary>
public static class StatusNames
{
    public static string Of(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Graded => "graded",
        SubmissionStatus.NoSource => "no-source",
        SubmissionStatus.CompileError => "compile-error",
        SubmissionStatus.CompilerFailed => "compiler-failed",
        SubmissionStatus.TimedOut => "timed-out",
        SubmissionStatus.RunnerCrashed => "runner-crashed",
        _ => "grader-error",
    };

    public static SubmissionStatus Parse(string? text) =>
        Enum.GetValues<SubmissionStatus>().FirstOrDefault(s => Of(s) == text, SubmissionStatus.GraderError);
}
