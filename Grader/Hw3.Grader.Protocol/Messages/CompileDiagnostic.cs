using System.Globalization;

namespace Hw3.Grader.Protocol.Messages;

/// <summary>A compiler (or source-policy) message, located in a student file by its relative name.</summary>
public sealed record CompileDiagnostic(
    string File,
    int Line,
    int Column,
    string Code,
    CompileSeverity Severity,
    string Message)
{
    public bool IsError => Severity == CompileSeverity.Error;

    /// <summary>An error at a place in a student file.</summary>
    public static CompileDiagnostic Error(string file, int line, int column, string code, string message) =>
        new(file, line, column, code, CompileSeverity.Error, message);

    /// <summary><c>Hw3.cs:12:5: error CS1002: ; expected</c></summary>
    public override string ToString() =>
        $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}:{Column.ToString(CultureInfo.InvariantCulture)}: {CompileSeverityText.Of(Severity)} {Code}: {Message}";
}
