using Hw3.Grader.Execution.Output;

namespace Hw3.Grader.Execution.Launching;

/// <summary>Hands a session a runner process of its own: freshly launched, or one started ahead of need.</summary>
internal interface IRunnerSource
{
    /// <summary>A started runner (perhaps not yet <see cref="RunnerProcess.Ready"/>) whose output goes to <paramref name="output"/>; the caller owns it.</summary>
    /// <exception cref="RunnerStartException">The runner is not built, or the process could not start.</exception>
    RunnerProcess Acquire(OutputCapture output);
}
