using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Sessions;

namespace Hw3.Grader.Execution;

/// <summary>Opens sessions that each run one submission in runner processes of their own.</summary>
public sealed class RunnerFactory : IRunnerFactory
{
    private readonly RunnerOptions _options;
    private readonly RunnerLauncher _launcher;

    public RunnerFactory(RunnerOptions options)
        : this(options, null)
    {
    }

    /// <param name="wrapper">Wraps every runner command, e.g. in a sandbox; null runs the runner directly.</param>
    public RunnerFactory(RunnerOptions options, IRunnerCommandWrapper? wrapper)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _launcher = new RunnerLauncher(options, wrapper);
    }

    public IRunnerSession Open(IReadOnlyList<byte[]> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return new RunnerSession(_options, assemblies.ToArray(), _launcher);
    }
}
