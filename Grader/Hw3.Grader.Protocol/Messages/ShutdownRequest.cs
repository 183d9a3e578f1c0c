namespace Hw3.Grader.Protocol.Messages;

/// <summary>Grader → worker: finish and exit. A worker that does not exit in time is killed.</summary>
public sealed record ShutdownRequest : Message;
