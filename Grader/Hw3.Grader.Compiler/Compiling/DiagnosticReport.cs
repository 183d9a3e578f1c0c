using System.Globalization;
using Microsoft.CodeAnalysis;
using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>
/// Roslyn diagnostics as the student sees them: errors then warnings, each in file/line/column order,
/// located by the file's relative name (after <c>#line</c> mapping) with 1-based line and column,
/// and capped at <see cref="DiagnosticLimits.MaxErrors"/> errors and <see cref="DiagnosticLimits.MaxWarnings"/> warnings.
/// </summary>
public static class DiagnosticReport
{
    /// <param name="diagnostics">Everything Roslyn reported.</param>
    /// <param name="fallbackFile">File name for a diagnostic that has no place in source.</param>
    /// <param name="keepWarning">Which warnings matter (all when null).</param>
    public static IReadOnlyList<CompileDiagnostic> From(
        IEnumerable<Diagnostic> diagnostics,
        string fallbackFile,
        Func<CompileDiagnostic, bool>? keepWarning = null)
    {
        var shown = diagnostics
            .Where(d => !d.IsSuppressed && d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(d => Convert(d, fallbackFile))
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ToList();
        var errors = shown.Where(d => d.IsError).Take(DiagnosticLimits.MaxErrors);
        var warnings = shown.Where(d => !d.IsError && (keepWarning?.Invoke(d) ?? true)).Take(DiagnosticLimits.MaxWarnings);
        return [.. errors, .. warnings];
    }

    private static CompileDiagnostic Convert(Diagnostic diagnostic, string fallbackFile)
    {
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? CompileSeverity.Error : CompileSeverity.Warning;
        // Cut like an exception message: a 9 KB submission made Roslyn spell a tuple type of 2^21 elements into one
        // message (a 29 MB report, the grader past 1.4 GB); a file name comes from the student too.
        var message = AnswerLimits.Cut(diagnostic.GetMessage(CultureInfo.InvariantCulture), AnswerLimits.MaxMessageChars);
        if (!diagnostic.Location.IsInSource)
        {
            return new CompileDiagnostic(fallbackFile, 1, 1, diagnostic.Id, severity, message);
        }

        var span = diagnostic.Location.GetMappedLineSpan();
        var file = string.IsNullOrEmpty(span.Path) ? fallbackFile : span.Path;
        return new CompileDiagnostic(
            file,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Id,
            severity,
            message);
    }
}
