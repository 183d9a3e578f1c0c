using Hw3.Grader.Execution.Sessions;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Execution;

/// <summary>
/// Calls into one submission, one at a time, each under its own time limit. A call that hangs or kills
/// its runner costs that call only: the runner is stopped and a fresh one serves the next call.
/// Failures of student code are outcomes, never exceptions; <see cref="RunnerStartException"/> means the
/// grader's own machinery failed.
/// </summary>
public interface IRunnerSession : IAsyncDisposable
{
    Task<CallOutcome> InvokeAsync(MemberCall call, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>
    /// Performs the calls in order and returns their outcomes in the same order. Once a call times out or
    /// crashes the runner, the later calls of the same member (same <see cref="MemberCall.Signature"/>) are
    /// not run: <see cref="CallStatus.NotRun"/>, "was skipped: the earlier call &lt;key&gt; did not return in
    /// time" (or "… crashed the runner"); every other call still runs, on a fresh runner. A session may send
    /// the next requests before the previous answers arrive (the runner session does); each call still gets
    /// its own time limit, and the submission's budget still covers them all.
    /// Returns only once every call is decided: none of them is still waiting in a live runner, and none runs again
    /// later. A caller that runs one group of calls after another (the grader, visible items first) can rely on it: no
    /// request of the next group reaches a runner before every answer of this group has come back.
    /// </summary>
    Task<IReadOnlyList<CallOutcome>> InvokeManyAsync(IReadOnlyList<(MemberCall Call, TimeSpan Timeout)> calls, CancellationToken cancellationToken) =>
        SkipPolicy.InvokeOneByOneAsync(this, calls, cancellationToken);

    /// <summary>Runs the loaded <c>./hw3 eval</c> script (the last assembly) and returns its value.</summary>
    Task<CallOutcome> EvaluateAsync(TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>
    /// What the runners printed so far. A runner's output drains on threads of its own and may trail its last answer:
    /// for all of it, take <see cref="EndAsync"/>.
    /// </summary>
    CapturedOutput Output { get; }

    /// <summary>
    /// Ends the session as <see cref="IAsyncDisposable.DisposeAsync"/> does (the runner is gone and its pipes drained, or
    /// given up after the grace period) and returns everything it printed, as captured: what a report shows.
    /// </summary>
    async Task<CapturedOutput> EndAsync()
    {
        await DisposeAsync().ConfigureAwait(false);
        return Output;
    }

    /// <summary>What went wrong around the calls, in plain, deterministic words (no pids, paths or timings other than limits).</summary>
    IReadOnlyList<string> Incidents { get; }

    /// <summary>How many runner processes this session has started.</summary>
    int RunnerStarts { get; }
}
