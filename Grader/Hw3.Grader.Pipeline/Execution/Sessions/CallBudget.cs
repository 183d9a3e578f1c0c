namespace Hw3.Grader.Execution.Sessions;

/// <summary>The wall time a submission may spend in calls, and what it has spent.</summary>
internal sealed class CallBudget(TimeSpan total)
{
    private bool _forcedOut;

    public TimeSpan Total { get; } = total;

    public TimeSpan Used { get; private set; }

    public TimeSpan Remaining => Total - Used;

    public bool Exhausted => _forcedOut || Used >= Total;

    public void Charge(TimeSpan spent) => Used += spent;

    /// <summary>A call ran into the end of the budget: nothing more runs, whatever the clock says.</summary>
    public void MarkExhausted() => _forcedOut = true;
}
