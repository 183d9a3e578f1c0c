namespace Hw3.Grader.Execution.Timing;

/// <summary>
/// How long one call may take. The rubric's limit counts processor time the runner spends (all its threads),
/// so a call's fate does not hang on how busy the machine is: a batch on every core, or tests beside it, only
/// stretch the wall time. A call that waits instead of computing (a sleep, a lock nobody releases) is stopped
/// after <see cref="WallFactor"/> times the limit of wall time. The submission's budget is wall time too, and
/// bounds both.
/// </summary>
/// <param name="Processor">The rubric's limit, in processor time.</param>
/// <param name="Wall">The wall time after which the call is stopped whatever it used.</param>
/// <param name="WallIsBudget">True when <see cref="Wall"/> is what is left of the submission's budget.</param>
internal sealed record CallTimeLimit(TimeSpan Processor, TimeSpan Wall, bool WallIsBudget)
{
    /// <summary>Wall time allowed per unit of processor time: a call starved to a third of a core still gets its full limit.</summary>
    public const int WallFactor = 3;

    /// <summary>The limit for a call asking <paramref name="requested"/> when <paramref name="remaining"/> is left of the budget.</summary>
    public static CallTimeLimit Of(TimeSpan requested, TimeSpan remaining, TimeSpan longest)
    {
        var left = remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
        var wall = requested >= longest / WallFactor ? longest : requested * WallFactor;
        return wall <= left
            ? new CallTimeLimit(requested, wall, WallIsBudget: false)
            : new CallTimeLimit(requested < left ? requested : left, left, WallIsBudget: true);
    }
}
