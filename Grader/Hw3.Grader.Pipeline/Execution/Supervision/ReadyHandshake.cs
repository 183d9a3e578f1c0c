using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Supervision;

/// <summary>
/// The first thing a child process says must be a <see cref="ReadyMessage"/> of this grader's protocol version: the
/// compile worker once Roslyn is warm, the runner once it has confined itself. Shared so both read it the same way.
/// </summary>
internal static class ReadyHandshake
{
    /// <summary>
    /// The child's first frame, or null when it ended first (a frame written just before its end still counts, within
    /// <see cref="SupervisedProcess.LateFrameGrace"/>). Raced against the process's end, not only the pipe's: a process the
    /// child started may hold the pipe open, and its end of stream would then never come. A read error is thrown.
    /// </summary>
    /// <param name="receive">Reads the next frame; null at the end of the stream; cancelled when the child ended without one.</param>
    public static async Task<Message?> FirstFrameAsync(Func<CancellationToken, Task<Message?>> receive, SupervisedProcess child)
    {
        using var stop = new CancellationTokenSource();
        var first = receive(stop.Token);
        if (await Task.WhenAny(first, child.Exited).ConfigureAwait(false) != first
            && await Task.WhenAny(first, Task.Delay(SupervisedProcess.LateFrameGrace)).ConfigureAwait(false) != first)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            _ = first.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return null;
        }

        return await first.ConfigureAwait(false);
    }

    /// <summary>Whether <paramref name="first"/> is a ready message this grader speaks the protocol of.</summary>
    public static bool IsReady(Message? first) => first is ReadyMessage { ProtocolVersion: ReadyMessage.CurrentProtocolVersion };
}
