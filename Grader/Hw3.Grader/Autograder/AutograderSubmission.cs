using System.Security.Cryptography;
using Hw3.Grader.Submissions;

namespace Hw3.Grader.Autograder;

/// <summary>
/// The upload in <c>&lt;root&gt;/submission</c>, read like any submission folder. An upload that is missing, unreadable
/// or holds no C# is still a submission: it is graded (every item "not run") with a first note that lists what was
/// expected and what was found, so the student's report says how to fix the upload.
/// </summary>
public static class AutograderSubmission
{
    public const string Name = "submission";

    public const string Expected =
        "expected Hw3.cs (the template file with your answers) or other .cs/.csx files at the top of your upload";

    public static SubmissionSource Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return Empty("Your upload holds no files: " + Expected);
        }

        if (!SubmissionLoader.Load(folder).TryGet(out var loaded, out var error))
        {
            return Empty($"Your upload could not be read ({error}): " + Expected);
        }

        var source = loaded with { Name = Name };
        if (source.Files.Count > 0)
        {
            return source;
        }

        var found = source.Ignored.Count == 0 ? "it holds no files" : "found " + string.Join(", ", source.Ignored.Take(20)) + (source.Ignored.Count > 20 ? ", …" : "");
        return source with { Problems = [$"Your upload holds no C# source ({found}): {Expected}", .. source.Problems] };
    }

    private static SubmissionSource Empty(string problem) =>
        new(Name, [], [], [problem], Convert.ToHexStringLower(SHA256.HashData(ReadOnlySpan<byte>.Empty)));
}
