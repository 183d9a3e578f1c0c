using Hw3.Grader.Execution;

namespace Hw3.Grader.Tests.Execution;

/// <summary>A stand-in sandbox: runs the runner through <c>/usr/bin/env</c>, adding one variable on the way.</summary>
internal sealed class EnvCommandWrapper(string variable, string value) : IRunnerCommandWrapper
{
    public List<RunnerCommand> Wrapped { get; } = [];

    public RunnerCommand Wrap(RunnerCommand command)
    {
        Wrapped.Add(command);
        return command with
        {
            FileName = "/usr/bin/env",
            Arguments = [$"{variable}={value}", command.FileName, .. command.Arguments],
        };
    }
}
