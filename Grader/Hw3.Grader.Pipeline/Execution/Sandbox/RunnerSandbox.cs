namespace Hw3.Grader.Execution.Sandbox;

/// <summary>
/// The sandbox of this grader process: probed once, described once on stderr at start-up (what is in force,
/// what is missing), then the same wrapper for every runner.
/// </summary>
public static class RunnerSandbox
{
    private static readonly Lazy<SandboxCapabilities> Probed = new(() => SandboxProbe.Probe(Limits));
    private static int _reported;

    public static SandboxLimits Limits => LimitsHolder.Value;

    private static class LimitsHolder
    {
        public static readonly SandboxLimits Value = new();
    }

    public static SandboxCapabilities Capabilities => Probed.Value;

    /// <summary>The wrapper for every runner; writes the one-line description to <paramref name="log"/> the first time.</summary>
    public static IRunnerCommandWrapper Wrapper(TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var capabilities = Capabilities;
        if (Interlocked.Exchange(ref _reported, 1) == 0)
        {
            log.WriteLine(capabilities.Describe(Limits));
        }

        return new SandboxCommandWrapper(capabilities, Limits);
    }
}
