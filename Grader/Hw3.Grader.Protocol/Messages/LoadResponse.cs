namespace Hw3.Grader.Protocol.Messages;

/// <summary>Runner → grader: the assemblies loaded, or why not.</summary>
public sealed record LoadResponse(
    bool Ok,
    string? Message) : Message;
