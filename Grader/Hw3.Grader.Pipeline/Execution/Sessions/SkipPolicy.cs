using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>
/// A member that hung or crashed the runner once would do it again on every input: once a call times out
/// or crashes, the later calls of the same member (<see cref="MemberCall.Signature"/>) are not run, so one
/// bad member costs its own items, not the submission's budget. The one place this rule lives.
/// </summary>
internal sealed class SkipPolicy
{
    private readonly Dictionary<string, string> _stopped = new(StringComparer.Ordinal);

    /// <summary>The outcome of a call that is skipped, or null if it should run.</summary>
    public CallOutcome? Skip(MemberCall call) =>
        _stopped.TryGetValue(call.Signature, out var why) ? CallOutcome.Failed(CallStatus.NotRun, why) : null;

    public void Record(MemberCall call, CallOutcome outcome)
    {
        if (outcome.Status is CallStatus.TimedOut or CallStatus.Crashed)
        {
            _stopped.TryAdd(
                call.Signature,
                $"was skipped: the earlier call {call.Key} {(outcome.Status == CallStatus.TimedOut ? "did not return in time" : "crashed the runner")}");
        }
    }

    /// <summary>The calls one at a time, under this policy: the way for any session that cannot pipeline.</summary>
    public static async Task<IReadOnlyList<CallOutcome>> InvokeOneByOneAsync(
        IRunnerSession session, IReadOnlyList<(MemberCall Call, TimeSpan Timeout)> calls, CancellationToken cancellationToken)
    {
        var policy = new SkipPolicy();
        var outcomes = new CallOutcome[calls.Count];
        for (var i = 0; i < calls.Count; i++)
        {
            var (call, timeout) = calls[i];
            var outcome = policy.Skip(call) ?? await session.InvokeAsync(call, timeout, cancellationToken).ConfigureAwait(false);
            policy.Record(call, outcome);
            outcomes[i] = outcome;
        }

        return outcomes;
    }
}
