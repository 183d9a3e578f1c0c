using Hw3.Grader.Compilation;

namespace Hw3.Grader.Batch;

/// <summary>How a batch runs.</summary>
/// <param name="Jobs">Submissions graded at the same time (each in a runner of its own).</param>
/// <param name="Force">Regrade every submission even when its report is current.</param>
/// <param name="OnlyItems">Regrade only these rubric items, merging them into the existing reports.</param>
public sealed record BatchOptions(int Jobs, bool Force, IReadOnlyList<string> OnlyItems)
{
    public bool IsItemRegrade => OnlyItems.Count > 0;

    /// <summary>One job per core: the grader's own threads mostly wait on runners.</summary>
    public static int DefaultJobs => Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// From this many submissions on, a batch's compile workers are fully optimised: a fully optimised worker pays
    /// more CPU up front and less per compilation, and the break-even the bench measured lies between 20 and 60
    /// submissions (the figures are in bench/README.md).
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
