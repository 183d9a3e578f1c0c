using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Sessions;

namespace Hw3.Grader.Execution;

/// <summary>
/// Opens sessions that each run one submission in runner processes of their own. With
/// <see cref="RunnerOptions.PreStartedRunners"/> above 0 it keeps that many runners started and ready ahead
/// of need (each serves one session only); dispose the factory to stop those still waiting.
/// </summary>
public sealed class RunnerFactory : IRunnerFactory, IAsyncDisposable
{
    private readonly RunnerOptions _options;
    private readonly IRunnerCommandWrapper? _wrapper;
    private readonly RunnerLauncher _launcher;
    private readonly PreStartedRunners? _preStarted;

    public RunnerFactory(RunnerOptions options)
        : this(options, null)
    {
    }

    /// <param name="wrapper">Wraps every runner command, e.g. in a sandbox; null runs the runner directly.</param>
    public RunnerFactory(RunnerOptions options, IRunnerCommandWrapper? wrapper)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _wrapper = wrapper;
        _launcher = new RunnerLauncher(options, wrapper);
        if (options.PreStartedRunners > 0)
        {
            _preStarted = new PreStartedRunners(_launcher, options.PreStartedRunners, options.PreStartedRunnersInAll);
            _preStarted.Refill();
        }
    }

    public RunnerOptions Options => _options;

    public IRunnerSession Open(IReadOnlyList<byte[]> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return new RunnerSession(_options, assemblies.ToArray(), (IRunnerSource?)_preStarted ?? _launcher);
    }

    /// <summary>A factory like this one (same limits, same wrapper) that keeps <paramref name="count"/> runners started ahead of need; the caller disposes it.</summary>
    /// <param name="inAll">At most this many started ahead over the factory's life (<see cref="RunnerOptions.PreStartedRunnersInAll"/>).</param>
    public RunnerFactory WithPreStartedRunners(int count, int? inAll = null) => new(_options with { PreStartedRunners = count, PreStartedRunnersInAll = inAll }, _wrapper);

    /// <summary>Stops the runners still waiting to be claimed; sessions already open keep theirs.</summary>
    public ValueTask DisposeAsync() => _preStarted?.DisposeAsync() ?? ValueTask.CompletedTask;
}
