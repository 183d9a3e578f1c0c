namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// Grader → runner: load these assemblies, in order. The first is the student's submission; a second,
/// when present, is a compiled <c>./hw3 eval</c> expression that references it.
/// </summary>
public sealed record LoadRequest(
    IReadOnlyList<byte[]> Assemblies) : Message;
