using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Output;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>
/// Runs the calls of one submission, one request at a time. The runner starts on the first call
/// (<see cref="RunnerSlot"/>); calls are pipelined, and a failed call costs a fresh runner, not the calls after it
/// (<see cref="CallPipeline"/>); the submission's time budget covers every call, runner starts included, and once it
/// is spent the remaining calls are not run (<see cref="SessionBudget"/>); what happened is said in
/// <see cref="Incidents"/> (<see cref="SessionIncidents"/>, worded by <see cref="IncidentText"/>). A member that hung or
/// crashed the runner has its later calls skipped (<see cref="SkipPolicy"/>).
/// </summary>
internal sealed class RunnerSession : IRunnerSession
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly OutputCapture _output;
    private readonly SessionIncidents _incidents = new();
    private readonly SessionBudget _budget;
    private readonly RunnerSlot _slot;
    private readonly CallPipeline _pipeline;
    private bool _disposed;

    public RunnerSession(RunnerOptions options, IReadOnlyList<byte[]> assemblies, IRunnerSource source)
    {
        _output = new OutputCapture(options.MaxCapturedOutputBytes);
        _budget = new SessionBudget(options.SubmissionBudget, _incidents);
        _slot = new RunnerSlot(options, assemblies, source, _output, _incidents);
        _pipeline = new CallPipeline(options, _slot, _budget, _incidents);
    }

    public CapturedOutput Output => _output.Snapshot();

    public IReadOnlyList<string> Incidents => _incidents.All;

    public int RunnerStarts => _slot.Starts;

    public async Task<CallOutcome> InvokeAsync(MemberCall call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var outcomes = await PerformAsync([PlannedCall.Invoke(call, timeout)], null, cancellationToken).ConfigureAwait(false);
        return outcomes[0];
    }

    public async Task<IReadOnlyList<CallOutcome>> InvokeManyAsync(
        IReadOnlyList<(MemberCall Call, TimeSpan Timeout)> calls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var planned = calls.Select(c => PlannedCall.Invoke(c.Call, c.Timeout)).ToArray();
        return await PerformAsync(planned, new SkipPolicy(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<CallOutcome> EvaluateAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var outcomes = await PerformAsync([new PlannedCall(id => new EvaluateRequest(id), timeout, IncidentText.EvalExpression, null)], null, cancellationToken)
            .ConfigureAwait(false);
        return outcomes[0];
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await _slot.ShutdownAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CallOutcome[]> PerformAsync(IReadOnlyList<PlannedCall> planned, SkipPolicy? policy, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _pipeline.StartRequest();
            var outcomes = new CallOutcome[planned.Count];
            var todo = new Queue<int>(Enumerable.Range(0, planned.Count));
            _budget.StartCharging();
            try
            {
                while (todo.Count > 0)
                {
                    todo = await _pipeline.PerformOnOneRunnerAsync(planned, policy, outcomes, todo, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _budget.ChargeAndCheckSpent();
            }

            return outcomes;
        }
        finally
        {
            _gate.Release();
        }
    }
}
