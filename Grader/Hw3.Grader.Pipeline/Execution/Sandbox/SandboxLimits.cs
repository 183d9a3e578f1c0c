namespace Hw3.Grader.Execution.Sandbox;

/// <summary>The operating-system limits a sandboxed runner gets (each applied where the machine allows it).</summary>
public sealed record SandboxLimits
{
    /// <summary>Address space (<c>RLIMIT_AS</c>). .NET starts under 1 GB with a GC heap hard limit and W^X off; with 4 GB a runtime hoarding 16 MB arrays up to its 1 GB heap limit segfaulted here instead of throwing OutOfMemoryException, 8 GB ends cleanly.</summary>
    public long AddressSpaceBytes { get; init; } = 8L << 30;

    /// <summary>CPU seconds of one runner process (<c>RLIMIT_CPU</c>); the wall-clock limits per call and per submission come first.</summary>
    public int CpuSeconds { get; init; } = 240;

    /// <summary>Largest file the runner may write (<c>RLIMIT_FSIZE</c>), and the size of its private /tmp.</summary>
    public long FileBytes { get; init; } = 64L << 20;

    /// <summary>Tasks (processes and threads) of the unprivileged user (<c>RLIMIT_NPROC</c>), only when the runner gets that user to itself.</summary>
    public int Tasks { get; init; } = 1024;

    /// <summary>The unprivileged user and group the runner becomes when the grader runs as root (<c>nobody</c>).</summary>
    public int UnprivilegedId { get; init; } = 65534;
}
