using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>What one request to a compile worker came to: its response, or a timeout or crash with the worker's log.</summary>
internal sealed record WorkerReply(CompileResponse? Response, CompileFailureKind? Failure, TimeSpan Elapsed, string? Log)
{
    public static WorkerReply Answered(CompileResponse response, TimeSpan elapsed) => new(response, null, elapsed, null);

    public static WorkerReply TimedOut(TimeSpan elapsed, string log) => new(null, CompileFailureKind.TimedOut, elapsed, log);

    public static WorkerReply Crashed(TimeSpan elapsed, string log) => new(null, CompileFailureKind.CompilerCrashed, elapsed, log);
}
