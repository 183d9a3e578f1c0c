namespace Hw3.Grader.Compilation;

/// <summary>How many compile workers, how long each lives, and what a submission may ask of them.</summary>
public sealed record CompileWorkerOptions
{
    /// <summary>Compile worker processes, i.e. compilations that can run at the same time.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// A worker is replaced after this many compilations: Roslyn's memory creeps, but slowly, and every new worker
    /// JIT-compiles Roslyn again, which costs more CPU than its compilations, so workers live long (bench/README.md).
    /// </summary>
    public int RecycleAfter { get; init; } = 1000;

    /// <summary>
    /// Whether a worker JIT-compiles Roslyn once, fully optimised (tiered compilation off), instead of quickly
    /// first and a second time when a method gets hot. Its first compilation then takes longer, but the worker
    /// spends less CPU over a batch of hundreds of submissions (bench/README.md; <see cref="Batch.BatchOptions.CompileWorkerOptionsFor"/>).
    /// </summary>
    public bool FullyOptimized { get; init; }

    /// <summary>
    /// The worker's managed heap limit (DOTNET_GCHeapHardLimit): a submission that makes the compiler allocate
    /// more fails with error HW3C005, and its worker is replaced. The limit sits well above what the largest
    /// legitimate source the grader sends needs, and well below what a constant folding bomb takes (bench/README.md).
    /// </summary>
    public long MemoryLimitBytes { get; init; } = DefaultMemoryLimitBytes;

    /// <summary>The default of <see cref="MemoryLimitBytes"/>.</summary>
    public const long DefaultMemoryLimitBytes = 1024L * 1024 * 1024;

    /// <summary>
    /// For tests only: submissions are compiled without the language layer (source policy and metadata check), so
    /// the hostile corpus can show the runtime layers on their own (<c>language_layer_off</c> scenarios). No command
    /// line option or environment variable sets it; every report of such a compilation says so in its notes.
    /// </summary>
    public bool LanguageLayerOffForTests { get; init; }

    /// <summary>Longest one compilation may take; after it the worker is killed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Total UTF-8 size of the source files (and eval expression) sent in one request.</summary>
    public long MaxSourceBytes { get; init; } = 1024 * 1024;

    /// <summary>Source files in one submission.</summary>
    public int MaxFiles { get; init; } = 64;

    /// <summary>Longest a fresh worker may take to start and warm up before it says ready.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a worker asked to shut down may take before it is killed.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(2);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Workers, 1, nameof(Workers));
        ArgumentOutOfRangeException.ThrowIfLessThan(RecycleAfter, 1, nameof(RecycleAfter));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MemoryLimitBytes, 64L * 1024 * 1024, nameof(MemoryLimitBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSourceBytes, 0, nameof(MaxSourceBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFiles, 1, nameof(MaxFiles));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(StartTimeout, TimeSpan.Zero, nameof(StartTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShutdownGrace, TimeSpan.Zero, nameof(ShutdownGrace));
    }
}
