using System.Text.Json.Serialization;

namespace Hw3.Grader.Protocol.Messages;

/// <summary>Compile worker → grader: the assembly image, or the errors (warnings come along either way).</summary>
public sealed record CompileResponse(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("assembly")] byte[]? Assembly,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<CompileDiagnostic> Diagnostics,
    [property: JsonPropertyName("elapsedMs")] double ElapsedMs) : Message;
