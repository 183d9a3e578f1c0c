using Hw3.Grader.Compilation;

namespace Hw3.Grader.Batch;

/// <summary>How a batch runs.</summary>
/// <param name="Jobs">Submissions graded at the same time (each in runners of its own).</param>
/// <param name="Force">Regrade every submission even when its report is current.</param>
/// <param name="OnlyItems">Regrade only these rubric items, merging them into the existing reports.</param>
public sealed record BatchOptions(int Jobs, bool Force, IReadOnlyList<string> OnlyItems)
{
    public bool IsItemRegrade => OnlyItems.Count > 0;

    /// <summary>One job per core: the grader's own threads mostly wait on runners.</summary>
    public static int DefaultJobs => Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// From this many submissions on, a batch's compile workers are fully optimised. Measured with the bench's
    /// real mode on the first 20, 60, 200 and 500 of its submissions (a worker's user CPU over its life, tiered /
    /// fully optimised): 2.5 / 3.9 s, 5.1 / 4.5 s, 8.6 / 6.5 s, 11.8 / 9.9 s; break-even lies between 20 and 60
    /// (bench/README.md).
    /// </summary>
    public const int FullyOptimizedCompilesFrom = 50;

    /// <summary>Compile workers for a number of jobs: a warm compile is short next to a runner's life, so half as many, at least one.</summary>
    public static int CompileWorkersFor(int jobs) => Math.Clamp((jobs + 1) / 2, 1, Math.Max(1, Environment.ProcessorCount));

    /// <summary>The compile workers of a batch that grades <paramref name="submissions"/> submissions with <paramref name="jobs"/> jobs.</summary>
    public static CompileWorkerOptions CompileWorkerOptionsFor(int jobs, int submissions) => new()
    {
        Workers = CompileWorkersFor(jobs),
        FullyOptimized = submissions >= FullyOptimizedCompilesFrom,
    };
}
