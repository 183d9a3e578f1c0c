using Microsoft.CodeAnalysis;

namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>
/// What Roslyn made of a submission: its errors, the assembly image when there were none, and for a
/// script the metadata name of the script class its answer classes nest in.
/// </summary>
internal sealed record CompilationOutcome(IReadOnlyList<Diagnostic> Errors, byte[]? Image, string? ScriptClassName)
{
    public bool Succeeded => Image is not null;

    /// <summary>One line per error, for assertion messages.</summary>
    public string Describe() => string.Join(Environment.NewLine, Errors.Select(e => e.ToString()));

    /// <summary>1-based line numbers of the errors in the file whose name ends with <paramref name="fileName"/>.</summary>
    public IReadOnlyList<int> ErrorLines(string fileName) =>
        Errors
            .Select(e => e.Location.GetLineSpan())
            .Where(span => span.Path.EndsWith(fileName, StringComparison.Ordinal))
            .Select(span => span.StartLinePosition.Line + 1)
            .Distinct()
            .Order()
            .ToArray();
}
