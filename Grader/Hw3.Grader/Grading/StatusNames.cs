namespace Hw3.Grader.Grading;

/// <summary>
/// The words a <see cref="SubmissionStatus"/> or an <see cref="ItemStatus"/> is written as in CSV, JSON and on the
/// terminal, and the way back: the one place these words live.
/// </summary>
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

    public static string Of(ItemStatus status) => status switch
    {
        ItemStatus.Passed => "passed",
        ItemStatus.Partial => "partial",
        ItemStatus.Failed => "failed",
        ItemStatus.Manual => "manual",
        _ => "not-run",
    };

    public static bool TryParse(string? text, out SubmissionStatus status) => TryParse(text, Of, out status);

    public static bool TryParse(string? text, out ItemStatus status) => TryParse(text, Of, out status);

    private static bool TryParse<T>(string? text, Func<T, string> name, out T status)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (name(value) == text)
            {
                status = value;
                return true;
            }
        }

        status = default;
        return false;
    }
}
