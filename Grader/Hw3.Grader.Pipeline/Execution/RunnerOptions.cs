namespace Hw3.Grader.Execution;

/// <summary>Limits for running one submission's code.</summary>
public sealed record RunnerOptions
{
    /// <summary>Default time limit of one call (callers may pass their own).</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Total wall time of all calls for one submission, runner starts included.</summary>
    public TimeSpan SubmissionBudget { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Time for a runner to start, announce itself and load the submission.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Student stdout + stderr kept per submission; the rest is counted and dropped.</summary>
    public int MaxCapturedOutputBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// How many requests <see cref="IRunnerSession.InvokeManyAsync"/> may have sent to a runner before their
    /// answers arrived (1: one round trip per call). The runner performs them one after the other.
    /// </summary>
    public int PipelineDepth { get; init; } = 32;

    /// <summary>
    /// Runner processes the factory keeps started and ready ahead of need (0: none). Each serves one session
    /// only; the factory must be disposed to stop those still waiting.
    /// </summary>
    public int PreStartedRunners { get; init; }

    /// <summary>
    /// How many runners are started ahead in all (null: the factory starts a replacement for every one claimed, for as
    /// long as it lives, as a batch wants). One submission needs one runner ahead (every visibility group runs in it): a
    /// replacement would only be started to be stopped, taking a core from the grading it waits beside.
    /// </summary>
    public int? PreStartedRunnersInAll { get; init; }

    /// <summary>The runner's managed heap limit (<c>DOTNET_GCHeapHardLimit</c>).</summary>
    public long GcHeapHardLimitBytes { get; init; } = 1L << 30;
}
