namespace Hw3.Grader.Protocol.Messages;

/// <summary>Compile worker → grader: the assembly image, or the errors (warnings come along either way).</summary>
public sealed record CompileResponse(
    int Id,
    bool Success,
    byte[]? Assembly,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    double ElapsedMs) : Message;
