namespace Hw3.Grader.Execution.Timing;

/// <summary>
/// A reading of a runner's clocks: the processor time its whole process tree used so far, and, per thread, how long
/// it has waited in the run queue (ready to run while the machine was busy with others), where Linux tells.
/// </summary>
/// <param name="QueuedNanoseconds">Run-queue wait of each thread of the tree, by thread id.</param>
internal sealed record RunnerTimes(TimeSpan Processor, IReadOnlyDictionary<int, long> QueuedNanoseconds)
{
    /// <summary>
    /// The longest any one thread stood in the run queue since <paramref name="start"/>: the call's thread, when it
    /// was starved. Threads are not told apart by name (the runner cannot name its threads under Landlock), so a
    /// student's own starved thread counts too; it only delays the waiting limit, never the processor limit.
    /// </summary>
    public TimeSpan LongestQueuedSince(RunnerTimes start)
    {
        var longest = 0L;
        foreach (var (thread, queued) in QueuedNanoseconds)
        {
            var since = queued - start.QueuedNanoseconds.GetValueOrDefault(thread);
            longest = Math.Max(longest, since);
        }

        return TimeSpan.FromTicks(longest / 100);
    }
}
