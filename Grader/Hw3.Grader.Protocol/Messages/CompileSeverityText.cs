namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// A severity as the compiler prints it (<c>error</c>, <c>warning</c>) and as the wire carries it: the one place
/// the words live, so reports read like the compiler's own output.
/// </summary>
public static class CompileSeverityText
{
    public static string Of(CompileSeverity severity) => severity switch
    {
        CompileSeverity.Error => "error",
        CompileSeverity.Warning => "warning",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "not a compile severity"),
    };

    /// <summary>The severity a word names, or null for any other word.</summary>
    public static CompileSeverity? Parse(string text) => text switch
    {
        "error" => CompileSeverity.Error,
        "warning" => CompileSeverity.Warning,
        _ => null,
    };
}
