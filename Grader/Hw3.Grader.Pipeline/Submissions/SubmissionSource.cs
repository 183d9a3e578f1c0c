using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Submissions;

/// <summary>
/// A submission as read from disk: its source files (names relative to the submission, never machine
/// paths), the files it had that are not source, and the files that could not be used and why.
/// </summary>
/// <param name="Name">The folder or file name the TA gave, used in reports and reproduce lines.</param>
/// <param name="Sha256">Of every source file's name and bytes, in name order: identifies what was graded.</param>
public sealed record SubmissionSource(
    string Name,
    IReadOnlyList<SourceFile> Files,
    IReadOnlyList<string> Ignored,
    IReadOnlyList<string> Problems,
    string Sha256)
{
    public bool IsScript => Files.Any(f => f.Name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase));
}
