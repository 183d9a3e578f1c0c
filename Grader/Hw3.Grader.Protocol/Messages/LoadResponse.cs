using System.Text.Json.Serialization;

namespace Hw3.Grader.Protocol.Messages;

/// <summary>Runner → grader: the assemblies loaded, or why not.</summary>
public sealed record LoadResponse(
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("message")] string? Message) : Message;
