namespace Hw3.Grader.Protocol.Messages;

/// <summary>First frame a worker (runner or compile worker) sends: it started and listens.</summary>
/// <param name="Confinement">A runner's: how it confined itself before it listened (a compile worker sends none).</param>
public sealed record ReadyMessage(
    int ProcessId,
    int ProtocolVersion,
    ConfinementReport? Confinement = null) : Message
{
    public const int CurrentProtocolVersion = 1;
}
