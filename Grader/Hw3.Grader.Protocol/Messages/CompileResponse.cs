namespace Hw3.Grader.Protocol.Messages;

/// <summary>Compile worker → grader: the assembly image, or the errors (warnings come along either way).</summary>
/// <param name="LanguageLayerOff">The worker compiled without the language layer (a test's request, see <see cref="CompileRequest.LanguageLayerOff"/>).</param>
public sealed record CompileResponse(
    int Id,
    bool Success,
    byte[]? Assembly,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    double ElapsedMs,
    bool LanguageLayerOff = false) : Message;
