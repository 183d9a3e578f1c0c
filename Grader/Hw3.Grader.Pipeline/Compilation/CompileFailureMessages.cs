using System.Globalization;
using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>The one-sentence explanations a student reads when a compilation fails. No machine paths.</summary>
public static class CompileFailureMessages
{
    public const string Crashed =
        "the C# compiler crashed on this submission (for example, code nested too deeply); it could not be graded";

    /// <summary>"Hw3.cs did not compile: 2 errors (first: Hw3.cs:12:5: error CS1002: ; expected)"</summary>
    public static string Errors(string subject, IReadOnlyList<CompileDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            return $"{subject} did not compile";
        }

        // The compile worker lists at most DiagnosticLimits.MaxErrors errors: a full list means there may be more.
        var count = errors.Count >= DiagnosticLimits.MaxErrors
            ? $"{Number(errors.Count)} or more errors"
            : errors.Count == 1 ? "1 error" : $"{Number(errors.Count)} errors";
        return $"{subject} did not compile: {count} (first: {errors[0]})";
    }

    /// <summary>"the submission's source is 41.9 MB; the limit is 1 MB"</summary>
    public static string SourceTooLarge(long bytes, long limit) =>
        $"the submission's source is {Size(bytes)}; the limit is {Size(limit)}";

    /// <summary>"the submission has 70 source files; the limit is 64"</summary>
    public static string TooManyFiles(int files, int limit) =>
        $"the submission has {Number(files)} source files; the limit is {Number(limit)}";

    /// <summary>"compilation did not finish within 30 s"</summary>
    public static string TimedOut(TimeSpan limit) =>
        $"compilation did not finish within {limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    /// <summary>What failed to compile: the single file's name, or the submission, or the expression.</summary>
    public static string Subject(IReadOnlyList<SourceFile> files) =>
        files is [var only] ? Path.GetFileName(only.Name.Replace('\\', '/')) : "the submission";

    public const string ExpressionSubject = "the expression";

    /// <summary>1,048,576 → "1 MB"; 43,934,515 → "41.9 MB"; 2,048 → "2 KB"; 100 → "100 bytes" (binary multiples).</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        1 => "1 byte",
        _ => Number(bytes) + " bytes",
    };

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
