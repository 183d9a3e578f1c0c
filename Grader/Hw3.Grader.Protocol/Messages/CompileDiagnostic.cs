namespace Hw3.Grader.Protocol.Messages;

/// <summary>A compiler (or source-policy) message, located in a student file by its relative name.</summary>
public sealed record CompileDiagnostic(
    string File,
    int Line,
    int Column,
    string Code,
    string Severity,
    string Message)
{
    /// <summary><c>Hw3.cs:12:5: error CS1002: ; expected</c></summary>
    public override string ToString() =>
        $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{Column.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Severity} {Code}: {Message}";
}
