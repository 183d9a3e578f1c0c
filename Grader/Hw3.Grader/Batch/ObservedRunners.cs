using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Batch;

/// <summary>Opens one submission's runner session on the shared factory and counts the calls that timed out or crashed.</summary>
internal sealed class ObservedRunners(IRunnerFactory inner) : IRunnerFactory
{
    private int _timedOut;
    private int _crashed;

    public int TimedOut => Volatile.Read(ref _timedOut);

    public int Crashed => Volatile.Read(ref _crashed);

    public IRunnerSession Open(IReadOnlyList<byte[]> assemblies) => new Session(inner.Open(assemblies), this);

    private void Observe(CallOutcome outcome)
    {
        if (outcome.Status == CallStatus.TimedOut)
        {
            Interlocked.Increment(ref _timedOut);
        }
        else if (outcome.Status == CallStatus.Crashed)
        {
            Interlocked.Increment(ref _crashed);
        }
    }

    private sealed class Session(IRunnerSession inner, ObservedRunners owner) : IRunnerSession
    {
        public CapturedOutput Output => inner.Output;

        public IReadOnlyList<string> Incidents => inner.Incidents;

        public int RunnerStarts => inner.RunnerStarts;

        public async Task<CallOutcome> InvokeAsync(MemberCall call, TimeSpan timeout, CancellationToken cancellationToken)
        {
            var outcome = await inner.InvokeAsync(call, timeout, cancellationToken).ConfigureAwait(false);
            owner.Observe(outcome);
            return outcome;
        }

        public async Task<IReadOnlyList<CallOutcome>> InvokeManyAsync(
            IReadOnlyList<(MemberCall Call, TimeSpan Timeout)> calls, CancellationToken cancellationToken)
        {
            var outcomes = await inner.InvokeManyAsync(calls, cancellationToken).ConfigureAwait(false);
            foreach (var outcome in outcomes)
            {
                owner.Observe(outcome);
            }

            return outcomes;
        }

        public async Task<CallOutcome> EvaluateAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            var outcome = await inner.EvaluateAsync(timeout, cancellationToken).ConfigureAwait(false);
            owner.Observe(outcome);
            return outcome;
        }

        public ValueTask IsolateNextCallsAsync() => inner.IsolateNextCallsAsync();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
