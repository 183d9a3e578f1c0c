using System.Diagnostics;
using Hw3.Grader.Execution.Timing;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>
/// The submission's time budget as a session spends it: the wall time of every request to the session (runner starts
/// included, the time between requests not), each call's limit cut to what is left, and the one note that says the
/// budget ran out.
/// </summary>
internal sealed class SessionBudget(TimeSpan total, SessionIncidents incidents)
{
    /// <summary>The longest a timer can wait; an infinite timeout means "as long as the budget allows".</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly CallBudget _budget = new(total);
    private readonly Stopwatch _uncharged = new();
    private bool _reported;

    /// <summary>A request to the session starts: its time counts from now.</summary>
    public void StartCharging() => _uncharged.Restart();

    /// <summary>Charges the time since the last charge; true once the budget is spent.</summary>
    public bool ChargeAndCheckSpent()
    {
        _budget.Charge(_uncharged.Elapsed);
        _uncharged.Restart();
        return _budget.Exhausted;
    }

    /// <summary>A call's limits: the time it asked for (a negative or infinite timeout means the longest wait), cut to the budget left.</summary>
    public CallTimeLimit LimitFor(TimeSpan timeout)
    {
        var requested = timeout < TimeSpan.Zero || timeout > LongestWait ? LongestWait : timeout;
        return CallTimeLimit.Of(requested, _budget.Remaining, LongestWait);
    }

    /// <summary>The outcome of a call not run because the budget is spent; the first says so in the notes.</summary>
    public CallOutcome UsedUp()
    {
        if (!_reported)
        {
            _reported = true;
            incidents.Report(IncidentText.BudgetUsedUpIncident(_budget.Total));
        }

        return CallOutcome.Failed(CallStatus.NotRun, IncidentText.BudgetUsedUp(_budget.Total));
    }

    /// <summary>The outcome of a call still running when the budget ran out (its runner already stopped): no call runs after it.</summary>
    public CallOutcome RanOutDuring(string what)
    {
        _budget.MarkExhausted();
        _reported = true;
        incidents.Report(IncidentText.BudgetRanOutDuring(what, _budget.Total));
        return CallOutcome.Failed(CallStatus.TimedOut, IncidentText.NotReturnedBeforeBudget(_budget.Total));
    }
}
