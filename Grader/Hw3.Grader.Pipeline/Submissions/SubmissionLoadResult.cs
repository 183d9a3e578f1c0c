namespace Hw3.Grader.Submissions;

/// <summary>A submission read from disk, or why the path given cannot be a submission at all.</summary>
public sealed record SubmissionLoadResult(SubmissionSource? Source, string? Error)
{
    public static SubmissionLoadResult Loaded(SubmissionSource source) => new(source, null);

    public static SubmissionLoadResult Invalid(string error) => new(null, error);
}
