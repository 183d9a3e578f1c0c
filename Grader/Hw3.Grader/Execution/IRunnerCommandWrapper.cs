namespace Hw3.Grader.Execution;

/// <summary>Turns the plain runner command into one that runs inside a sandbox (e.g. bubblewrap).</summary>
public interface IRunnerCommandWrapper
{
    RunnerCommand Wrap(RunnerCommand command);
}
