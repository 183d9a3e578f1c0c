namespace Hw3.Grader.Execution.Timing;

/// <summary>
/// How long one call may take. The rubric's limit counts processor time the runner spends (all its threads),
/// so a call's fate does not hang on how busy the machine is: a batch on every core, or tests beside it, only
/// stretch the wall time. A call that waits instead of computing (a sleep, a lock nobody releases) is stopped
/// after <see cref="WallFactor"/> times the limit of wall time, not counting the time its thread stood ready in
/// the run queue while the machine served others (a starved call is not a waiting one). What is left of the
/// submission's budget, plain wall time, bounds both.
/// </summary>
/// <param name="Processor">The rubric's limit, in processor time.</param>
/// <param name="Waiting">Wall time, less the call thread's run-queue wait, after which the call is stopped whatever it used.</param>
/// <param name="Budget">What is left of the submission's budget.</param>
internal sealed record CallTimeLimit(TimeSpan Processor, TimeSpan Waiting, TimeSpan Budget)
{
    /// <summary>Wall time allowed per unit of processor time for a call that is not computing.</summary>
    public const int WallFactor = 3;

    /// <summary>The limit for a call asking <paramref name="requested"/> when <paramref name="remaining"/> is left of the budget.</summary>
    public static CallTimeLimit Of(TimeSpan requested, TimeSpan remaining, TimeSpan longest) => new(
        requested,
        requested >= longest / WallFactor ? longest : requested * WallFactor,
        remaining > TimeSpan.Zero ? (remaining < longest ? remaining : longest) : TimeSpan.Zero);
}
