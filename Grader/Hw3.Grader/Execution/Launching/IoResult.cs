using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Launching;

/// <summary>What a blocking send-and-receive on a runner's channel produced: a message, the end of the channel (null), or an error.</summary>
internal sealed record IoResult(Message? Message, Exception? Error);
