using System.Diagnostics.CodeAnalysis;

namespace Hw3.Grader.Submissions;

/// <summary>
/// A submission read from disk (<see cref="Loaded"/>), or why the path given cannot be a submission at all
/// (<see cref="Invalid"/>): a closed pair read with <see cref="TryGet"/>.
/// </summary>
public abstract record SubmissionLoadResult
{
    private SubmissionLoadResult()
    {
    }

    /// <summary>The submission, or (false) why there is none.</summary>
    public bool TryGet([NotNullWhen(true)] out SubmissionSource? source, [NotNullWhen(false)] out string? error)
    {
        source = (this as Loaded)?.Source;
        error = (this as Invalid)?.Error;
        return source is not null;
    }

    public sealed record Loaded(SubmissionSource Source) : SubmissionLoadResult;

    public sealed record Invalid(string Error) : SubmissionLoadResult;
}
