namespace Hw3.Grader.Protocol.Messages;

/// <summary>First frame a worker (runner or compile worker) sends: it started and listens.</summary>
public sealed record ReadyMessage(
    int ProcessId,
    int ProtocolVersion) : Message
{
    public const int CurrentProtocolVersion = 1;
}
