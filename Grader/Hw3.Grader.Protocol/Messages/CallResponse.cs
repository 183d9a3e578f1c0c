using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Protocol.Messages;

/// <summary>Runner → grader: how the call with this id ended.</summary>
public sealed record CallResponse(
    int Id,
    CallOutcome Outcome) : Message;
