using System.Diagnostics;
using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Timing;
using Hw3.Grader.Execution.Output;
using Hw3.Grader.Execution.Wording;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>
/// Runs the calls of one submission. The runner starts on the first call. Calls are pipelined: up to
/// <see cref="RunnerOptions.PipelineDepth"/> requests are sent ahead and the runner performs them one
/// after the other, so consecutive calls cost no round trip each; the pipeline is refilled in bursts once half
/// of it is answered, so requests leave in one write and wake the runner once. A call's time limit starts when it
/// becomes the oldest unanswered request, i.e. when the answer before it arrived (the runner starts it at
/// that moment, so the limit is never shorter than the call's own run). A call that times out, crashes the
/// runner or answers nonsense gets its outcome, the runner is stopped, and the calls sent after it (which
/// never ran) go to a fresh runner (which loads the submission again). The runner holds answers while more
/// requests are queued and sends them together (Hw3.Grader.Runner's HeldAnswers), so a runner that ends with
/// several calls unanswered may have finished some of them: those calls then run again on a fresh runner, one
/// at a time, and the one that ends that runner is the one blamed. The submission's time budget covers every
/// call, runner starts included; once it is spent the remaining calls are not run.
/// </summary>
internal sealed class RunnerSession(RunnerOptions options, IReadOnlyList<byte[]> assemblies, IRunnerSource source) : IRunnerSession
{
    private const string EvalExpression = "the eval expression";

    private const string RunAgainAlone =
        "the runner stopped with several calls unanswered; they were run again one at a time to find the one that stopped it";

    /// <summary>The longest a timer can wait; an infinite timeout means "as long as the budget allows".</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly OutputCapture _output = new(options.MaxCapturedOutputBytes);
    private readonly List<string> _incidents = [];
    private readonly CallBudget _budget = new(options.SubmissionBudget);
    private readonly KeptAnswers _kept = new();
    private RunnerProcess? _runner;
    private string? _loadFailure;
    private bool _budgetReported;
    private bool _ranAgainReported;
    private bool _disposed;
    private int _nextId;
    private int _runnerStarts;

    /// <summary>How many calls at the front of the queue are to run alone (after a runner ended with several unanswered).</summary>
    private int _alone;

    public CapturedOutput Output => _output.Snapshot();

    public IReadOnlyList<string> Incidents
    {
        get
        {
            lock (_incidents)
            {
                return _incidents.ToArray();
            }
        }
    }

    public int RunnerStarts => Volatile.Read(ref _runnerStarts);

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
        var outcomes = await PerformAsync([new PlannedCall(id => new EvaluateRequest(id), timeout, EvalExpression, null)], null, cancellationToken)
            .ConfigureAwait(false);
        return outcomes[0];
    }

    public async ValueTask IsolateNextCallsAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_runner is { } runner)
            {
                // Asked to end, as at the session's end, so what it printed last is still captured.
                _runner = null;
                await runner.ShutdownAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
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
            if (_runner is { } runner)
            {
                _runner = null;
                await runner.ShutdownAsync().ConfigureAwait(false);
            }
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
            // Calls left to run alone belong to an earlier request that was cancelled half way.
            _alone = 0;
            var outcomes = new CallOutcome[planned.Count];
            var todo = new Queue<int>(Enumerable.Range(0, planned.Count));
            var uncharged = Stopwatch.StartNew();
            try
            {
                while (todo.Count > 0)
                {
                    todo = await PerformOnOneRunnerAsync(planned, policy, outcomes, todo, uncharged, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                Charge(uncharged);
            }

            return outcomes;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Decides the calls at the front of <paramref name="todo"/> in order, on the live runner (or a fresh
    /// one), until all are decided or the runner had to be stopped; returns the calls still to decide.
    /// </summary>
    private async Task<Queue<int>> PerformOnOneRunnerAsync(
        IReadOnlyList<PlannedCall> planned, SkipPolicy? policy, CallOutcome[] outcomes, Queue<int> todo, Stopwatch uncharged, CancellationToken cancellationToken)
    {
        RunnerProcess? runner = null;
        var inFlight = new Queue<(int Index, int Id)>();
        var depth = Math.Max(1, options.PipelineDepth);
        while (todo.Count > 0 || inFlight.Count > 0)
        {
            // Refilled in bursts, once half the pipeline is answered: requests then leave in one write and the
            // runner reads them at once, instead of one request (and a wake-up on each side) per answer.
            var refill = inFlight.Count <= depth / 2;
            var room = _alone > 0 ? 1 : depth;
            while (refill && todo.Count > 0 && inFlight.Count < room)
            {
                var index = todo.Peek();
                var item = planned[index];
                if (DecideWithoutRunner(item, policy, uncharged) is { } decided)
                {
                    outcomes[todo.Dequeue()] = decided;
                    _alone = Math.Max(0, _alone - 1);
                    continue;
                }

                if (runner is null)
                {
                    // Null when the submission cannot be loaded: the next round decides the call without a runner.
                    runner = await EnsureRunnerAsync(item.Description, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (inFlight.Count == 0)
                {
                    // The runner is idle: only what it prints from now on explains its end.
                    runner.Signals.Reset();
                }

                var id = ++_nextId;
                runner.Post(item.Request(id));
                inFlight.Enqueue((todo.Dequeue(), id));
                _alone = Math.Max(0, _alone - 1);
            }

            if (inFlight.Count == 0)
            {
                break;
            }

            var (head, headId) = inFlight.Peek();
            Charge(uncharged);
            if (_budget.Exhausted)
            {
                // Spent before this call's turn: it does not run, like every call after it.
                await StopRunnerAsync().ConfigureAwait(false);
                foreach (var (index, _) in inFlight)
                {
                    outcomes[index] = BudgetUsedUp();
                }

                inFlight.Clear();
                runner = null;
                continue;
            }

            var call = planned[head];
            var outcome = await AwaitAnswerAsync(runner!, call, headId, alone: inFlight.Count == 1, cancellationToken).ConfigureAwait(false);
            if (outcome is null)
            {
                // The runner ended with several calls unanswered; it may have held the answers of some that
                // finished, so which call ended it is not known. They all run again, one at a time.
                _alone = inFlight.Count;
                return new Queue<int>(inFlight.Select(f => f.Index).Concat(todo));
            }

            inFlight.Dequeue();
            outcomes[head] = Keep(outcome);
            if (_runner is null)
            {
                // The call failed and its runner was stopped: the calls sent after it never ran.
                if (call.Call is { } member)
                {
                    policy?.Record(member, outcome);
                }

                return new Queue<int>(inFlight.Select(f => f.Index).Concat(todo));
            }
        }

        return todo;
    }

    /// <summary>The outcome of a call that is not to run (skipped, unloadable submission, budget spent), or null.</summary>
    private CallOutcome? DecideWithoutRunner(PlannedCall item, SkipPolicy? policy, Stopwatch uncharged)
    {
        if (item.Call is { } call && policy?.Skip(call) is { } skipped)
        {
            return skipped;
        }

        if (_loadFailure is not null)
        {
            return CallOutcome.Failed(CallStatus.NotRun, "the runner could not load the submission: " + _loadFailure);
        }

        Charge(uncharged);
        return _budget.Exhausted ? BudgetUsedUp() : null;
    }

    /// <summary>
    /// Waits for the answer to the oldest request; on any failure the runner is stopped (<see cref="_runner"/>
    /// becomes null). Null when the runner ended (or answered nonsense) with calls other than this one in flight:
    /// any of them may have caused it, so nobody is blamed yet.
    /// </summary>
    private async Task<CallOutcome?> AwaitAnswerAsync(RunnerProcess runner, PlannedCall call, int id, bool alone, CancellationToken cancellationToken)
    {
        var requested = call.Timeout < TimeSpan.Zero || call.Timeout > LongestWait ? LongestWait : call.Timeout;
        var limit = CallTimeLimit.Of(requested, _budget.Remaining, LongestWait);

        Exchange exchange;
        CallWait wait;
        try
        {
            (exchange, wait) = await CpuLimitedWait.NextReplyAsync(runner, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await StopRunnerAsync().ConfigureAwait(false);
            throw;
        }

        if (exchange.Reply is CallResponse response && response.Id == id && IsRunnerOutcome(response.Outcome))
        {
            return response.Outcome;
        }

        if (!alone && exchange.End != ExchangeEnd.TimedOut)
        {
            if (!_ranAgainReported)
            {
                _ranAgainReported = true;
                Report(RunAgainAlone);
            }

            await StopRunnerAsync().ConfigureAwait(false);
            return null;
        }

        return (exchange.End, wait) switch
        {
            (ExchangeEnd.TimedOut, CallWait.Budget) => await BudgetRanOutDuringAsync(call.Description).ConfigureAwait(false),
            (ExchangeEnd.TimedOut, CallWait.WallLimit) => await TimedOutAsync(call.Description, limit.Waiting, waiting: true).ConfigureAwait(false),
            (ExchangeEnd.TimedOut, _) => await TimedOutAsync(call.Description, limit.Processor, waiting: false).ConfigureAwait(false),
            (ExchangeEnd.Ended, _) => await CrashedAsync(call.Description, await ClassifyEndAsync(runner).ConfigureAwait(false)).ConfigureAwait(false),
            _ => await CrashedAsync(call.Description, CrashClassifier.InvalidAnswer).ConfigureAwait(false),
        };
    }

    /// <summary>The answer as kept within the submission's answer bytes; the first answer dropped is reported once.</summary>
    private CallOutcome Keep(CallOutcome outcome)
    {
        var wasFull = _kept.Full;
        var kept = _kept.Keep(outcome);
        if (_kept.Full && !wasFull)
        {
            Report("the submission's answers passed what the grader keeps for one submission; later answers were not kept");
        }

        return kept;
    }

    private void Charge(Stopwatch uncharged)
    {
        _budget.Charge(uncharged.Elapsed);
        uncharged.Restart();
    }

    private static async Task<RunnerCrash> ClassifyEndAsync(RunnerProcess runner) =>
        CrashClassifier.Classify(runner.Signals, await runner.WaitForEndAsync().ConfigureAwait(false));

    /// <summary>The live runner, a fresh one if there is none (or the last one died between calls); null if the submission cannot be loaded.</summary>
    private async Task<RunnerProcess?> EnsureRunnerAsync(string next, CancellationToken cancellationToken)
    {
        if (_runner is { HasEnded: true } dead)
        {
            var crash = await ClassifyEndAsync(dead).ConfigureAwait(false);
            Report($"the runner {crash.Incident} between calls, before {next}; a fresh runner was started");
            await StopRunnerAsync().ConfigureAwait(false);
        }

        if (_runner is { } live)
        {
            return live;
        }

        var runner = source.Acquire(_output);
        Interlocked.Increment(ref _runnerStarts);
        try
        {
            var loaded = await runner.StartAsync(assemblies, options.StartTimeout, cancellationToken).ConfigureAwait(false);
            if (!loaded.Ok)
            {
                _loadFailure = loaded.Message ?? "no reason given";
                Report("the runner could not load the submission: " + _loadFailure);
                await runner.StopAsync().ConfigureAwait(false);
                return null;
            }
        }
        catch
        {
            await runner.StopAsync().ConfigureAwait(false);
            throw;
        }

        _runner = runner;
        return runner;
    }

    /// <param name="waiting">True when the wall limit stopped it: the call spent most of that time waiting, not computing.</param>
    private async Task<CallOutcome> TimedOutAsync(string what, TimeSpan limit, bool waiting)
    {
        await StopRunnerAsync().ConfigureAwait(false);
        var seconds = LimitText.Seconds(limit);
        var how = waiting ? $"did not return within {seconds} s, most of them spent waiting rather than computing" : $"did not return within {seconds} s";
        Report($"{what} {how}; the runner was stopped and restarted");
        return CallOutcome.Failed(CallStatus.TimedOut, how, elapsedMs: limit.TotalMilliseconds);
    }

    private async Task<CallOutcome> BudgetRanOutDuringAsync(string what)
    {
        await StopRunnerAsync().ConfigureAwait(false);
        _budget.MarkExhausted();
        _budgetReported = true;
        var budget = LimitText.Seconds(_budget.Total);
        Report($"{what} was still running when the submission's time budget of {budget} s was used up; the runner was stopped and the remaining calls were not run");
        return CallOutcome.Failed(CallStatus.TimedOut, $"did not return before the submission's time budget of {budget} s was used up");
    }

    private async Task<CallOutcome> CrashedAsync(string what, RunnerCrash crash)
    {
        await StopRunnerAsync().ConfigureAwait(false);
        Report($"the runner {crash.Incident} during {what}");
        return CallOutcome.Failed(CallStatus.Crashed, crash.Outcome);
    }

    private CallOutcome BudgetUsedUp()
    {
        var budget = LimitText.Seconds(_budget.Total);
        if (!_budgetReported)
        {
            _budgetReported = true;
            Report($"the submission's time budget of {budget} s was used up; the remaining calls were not run");
        }

        return CallOutcome.Failed(CallStatus.NotRun, $"the submission's time budget of {budget} s was used up");
    }

    private async Task StopRunnerAsync()
    {
        if (_runner is { } runner)
        {
            _runner = null;
            await runner.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Only what a runner may say; the grader's own verdicts (timed out, crashed, not run) cannot be claimed.</summary>
    private static bool IsRunnerOutcome(CallOutcome? outcome) => outcome?.Status switch
    {
        CallStatus.Returned => outcome.Value is not null,
        CallStatus.Threw or CallStatus.TypeMissing or CallStatus.MemberMissing
            or CallStatus.SignatureMismatch or CallStatus.UnsupportedReturn or CallStatus.TooLarge => true,
        _ => false,
    };

    private void Report(string incident)
    {
        lock (_incidents)
        {
            _incidents.Add(incident);
        }
    }
}
