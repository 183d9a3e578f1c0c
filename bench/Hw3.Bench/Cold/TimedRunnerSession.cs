using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Bench.Cold;

/// <summary>A runner session whose groups of calls are marked on a timeline (with how many runners it started so far).</summary>
internal sealed class TimedRunnerSession(IRunnerSession inner, Timeline timeline) : IRunnerSession
{
    private int _groups;

    public CapturedOutput Output => inner.Output;

    public IReadOnlyList<string> Incidents => inner.Incidents;

    public int RunnerStarts => inner.RunnerStarts;

    public Task<CallOutcome> InvokeAsync(MemberCall call, TimeSpan timeout, CancellationToken cancellationToken) =>
        inner.InvokeAsync(call, timeout, cancellationToken);

    public async Task<IReadOnlyList<CallOutcome>> InvokeManyAsync(IReadOnlyList<(MemberCall Call, TimeSpan Timeout)> calls, CancellationToken cancellationToken)
    {
        var group = ++_groups;
        timeline.Mark($"group {group}: {calls.Count} calls asked");
        var outcomes = await inner.InvokeManyAsync(calls, cancellationToken);
        timeline.Mark($"group {group}: answered ({inner.RunnerStarts} runner starts so far)");
        return outcomes;
    }

    public Task<CallOutcome> EvaluateAsync(TimeSpan timeout, CancellationToken cancellationToken) => inner.EvaluateAsync(timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        timeline.Mark("runner session closed (scoring starts)");
    }
}
