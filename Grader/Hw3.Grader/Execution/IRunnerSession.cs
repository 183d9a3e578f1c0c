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

    /// <summary>Runs the loaded <c>./hw3 eval</c> script (the last assembly) and returns its value.</summary>
    Task<CallOutcome> EvaluateAsync(TimeSpan timeout, CancellationToken cancellationToken);

    CapturedOutput Output { get; }

    /// <summary>What went wrong around the calls, in plain, deterministic words (no pids, paths or timings other than limits).</summary>
    IReadOnlyList<string> Incidents { get; }

    /// <summary>How many runner processes this session has started.</summary>
    int RunnerStarts { get; }
}
