using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution;

/// <summary>Turns the plain runner command into one that runs inside a sandbox (e.g. bubblewrap).</summary>
public interface IRunnerCommandWrapper
{
    RunnerCommand Wrap(RunnerCommand command);

    /// <summary>
    /// The self-confinement every runner must report before student code is sent to it (what the start-up probe
    /// found this machine gives), or null when nothing is expected.
    /// </summary>
    ConfinementReport? ExpectedConfinement => null;
}
