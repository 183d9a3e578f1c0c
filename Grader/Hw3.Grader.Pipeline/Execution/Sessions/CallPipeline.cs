using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Timing;
using Hw3.Grader.Execution.Wording;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>
/// Decides a request's calls on one runner at a time. Up to <see cref="RunnerOptions.PipelineDepth"/> requests are sent
/// ahead and refilled in bursts once half of them are answered; a call's limit starts when it becomes the oldest
/// unanswered request. A call that times out, crashes the runner or answers nonsense gets its outcome and the runner is
/// stopped; the calls sent after it go to a fresh runner. When a runner ends with several calls unanswered, nobody is
/// blamed yet: those calls run again one at a time (<see cref="_alone"/>), and the one that ends that runner is blamed.
/// </summary>
internal sealed class CallPipeline(RunnerOptions options, RunnerSlot slot, SessionBudget budget, SessionIncidents incidents)
{
    private readonly KeptAnswers _kept = new();
    private int _nextId;

    /// <summary>How many calls at the front of the queue are to run alone (after a runner ended with several unanswered).</summary>
    private int _alone;

    /// <summary>Forgets calls left to run alone: they belonged to an earlier request that was cancelled half way.</summary>
    public void StartRequest() => _alone = 0;

    /// <summary>
    /// Decides the calls at the front of <paramref name="todo"/> in order, on the live runner (or a fresh
    /// one), until all are decided or the runner had to be stopped; returns the calls still to decide.
    /// </summary>
    public async Task<Queue<int>> PerformOnOneRunnerAsync(
        IReadOnlyList<PlannedCall> planned, SkipPolicy? policy, CallOutcome[] outcomes, Queue<int> todo, CancellationToken cancellationToken)
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
                if (DecideWithoutRunner(item, policy) is { } decided)
                {
                    outcomes[todo.Dequeue()] = decided;
                    _alone = Math.Max(0, _alone - 1);
                    continue;
                }

                if (runner is null)
                {
                    // Null when the submission cannot be loaded: the next round decides the call without a runner.
                    runner = await slot.EnsureAsync(item.Description, cancellationToken).ConfigureAwait(false);
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
            if (budget.ChargeAndCheckSpent())
            {
                // Spent before this call's turn: it does not run, like every call after it.
                await slot.StopAsync().ConfigureAwait(false);
                foreach (var (index, _) in inFlight)
                {
                    outcomes[index] = budget.UsedUp();
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
            if (slot.Current is null)
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
    private CallOutcome? DecideWithoutRunner(PlannedCall item, SkipPolicy? policy)
    {
        if (item.Call is { } call && policy?.Skip(call) is { } skipped)
        {
            return skipped;
        }

        if (slot.LoadFailure is { } failure)
        {
            return CallOutcome.Failed(CallStatus.NotRun, IncidentText.CouldNotLoad(failure));
        }

        return budget.ChargeAndCheckSpent() ? budget.UsedUp() : null;
    }

    /// <summary>
    /// Waits for the answer to the oldest request; on any failure the runner is stopped (<see cref="RunnerSlot.Current"/>
    /// becomes null). Null when the runner ended (or answered nonsense) with calls other than this one in flight:
    /// any of them may have caused it, so nobody is blamed yet.
    /// </summary>
    private async Task<CallOutcome?> AwaitAnswerAsync(RunnerProcess runner, PlannedCall call, int id, bool alone, CancellationToken cancellationToken)
    {
        var limit = budget.LimitFor(call.Timeout);
        Exchange exchange;
        CallWait wait;
        try
        {
            (exchange, wait) = await CpuLimitedWait.NextReplyAsync(runner, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await slot.StopAsync().ConfigureAwait(false);
            throw;
        }

        if (exchange.Reply is CallResponse response && response.Id == id && IsRunnerOutcome(response.Outcome))
        {
            return response.Outcome;
        }

        if (!alone && exchange.End != ExchangeEnd.TimedOut)
        {
            incidents.ReportOnce(IncidentText.RanAgainAlone);
            await slot.StopAsync().ConfigureAwait(false);
            return null;
        }

        if (exchange.End == ExchangeEnd.TimedOut && wait == CallWait.Budget)
        {
            await slot.StopAsync().ConfigureAwait(false);
            return budget.RanOutDuring(call.Description);
        }

        if (exchange.End == ExchangeEnd.TimedOut)
        {
            var waiting = wait == CallWait.WallLimit;
            var waited = waiting ? limit.Waiting : limit.Processor;
            await slot.StopAsync().ConfigureAwait(false);
            var how = IncidentText.DidNotReturn(waited, waiting);
            incidents.Report(IncidentText.TimedOut(call.Description, how));
            return CallOutcome.Failed(CallStatus.TimedOut, how, elapsedMs: waited.TotalMilliseconds);
        }

        var crash = exchange.End == ExchangeEnd.Ended ? await RunnerSlot.ClassifyEndAsync(runner).ConfigureAwait(false) : CrashClassifier.InvalidAnswer;
        await slot.StopAsync().ConfigureAwait(false);
        incidents.Report(IncidentText.CrashedDuring(crash, call.Description));
        return CallOutcome.Failed(CallStatus.Crashed, crash.Outcome);
    }

    /// <summary>The answer as kept within the submission's answer bytes; the first answer dropped is reported once.</summary>
    private CallOutcome Keep(CallOutcome outcome)
    {
        var wasFull = _kept.Full;
        var kept = _kept.Keep(outcome);
        if (_kept.Full && !wasFull)
        {
            incidents.Report(IncidentText.AnswersNotKept);
        }

        return kept;
    }

    /// <summary>Only what a runner may say; the grader's own verdicts (timed out, crashed, not run) cannot be claimed.</summary>
    private static bool IsRunnerOutcome(CallOutcome? outcome) => outcome?.Status switch
    {
        CallStatus.Returned => outcome.Value is not null,
        CallStatus.Threw or CallStatus.TypeMissing or CallStatus.MemberMissing
            or CallStatus.SignatureMismatch or CallStatus.UnsupportedReturn or CallStatus.TooLarge => true,
        _ => false,
    };
}
