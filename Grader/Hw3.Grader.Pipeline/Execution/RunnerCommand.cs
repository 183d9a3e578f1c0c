namespace Hw3.Grader.Execution;

/// <summary>
/// The command line that starts a runner. A sandbox layer wraps it (<see cref="IRunnerCommandWrapper"/>);
/// whatever wraps it must keep the inherited pipe handles named in <see cref="Arguments"/> open.
/// </summary>
public sealed record RunnerCommand(
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory);
