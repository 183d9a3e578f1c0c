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

    /// <summary>The runner's managed heap limit (<c>DOTNET_GCHeapHardLimit</c>).</summary>
    public long GcHeapHardLimitBytes { get; init; } = 1L << 30;
}
