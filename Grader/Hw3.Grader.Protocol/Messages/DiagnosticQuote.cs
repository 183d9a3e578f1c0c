namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// Compile errors as a student reads them, shared by <c>hw3 check</c>'s printer and the kit's: each error once
/// (the compiler can report the same one again), and the line it points at with a caret under its column.
/// </summary>
public static class DiagnosticQuote
{
    /// <summary>The errors among <paramref name="diagnostics"/>, each once, in the compiler's order.</summary>
    public static IReadOnlyList<CompileDiagnostic> ErrorsOnce(IEnumerable<CompileDiagnostic> diagnostics) =>
        diagnostics.Where(d => d.IsError).DistinctBy(d => (d.File, d.Line, d.Column, d.Code, d.Message)).ToList();

    /// <summary>
    /// The error's source line and a caret under its column, each indented by four spaces; nothing when the file's text
    /// is not known or has no such line.
    /// </summary>
    public static IEnumerable<string> SourceLines(string? fileText, CompileDiagnostic error)
    {
        if (fileText is null || error.Line < 1)
        {
            yield break;
        }

        var lines = fileText.Split('\n');
        if (error.Line > lines.Length)
        {
            yield break;
        }

        var line = lines[error.Line - 1].TrimEnd('\r');
        yield return "    " + line;
        // Tabs stay tabs under the caret, so it lines up however the terminal shows them.
        var column = Math.Clamp(error.Column, 1, line.Length + 1);
        var pad = new string(line.Take(column - 1).Select(c => c == '\t' ? '\t' : ' ').ToArray());
        yield return "    " + pad + "^";
    }
}
