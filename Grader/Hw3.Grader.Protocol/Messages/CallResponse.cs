using System.Text.Json.Serialization;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Protocol.Messages;

/// <summary>Runner → grader: how the call with this id ended.</summary>
public sealed record CallResponse(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("outcome")] CallOutcome Outcome) : Message;
