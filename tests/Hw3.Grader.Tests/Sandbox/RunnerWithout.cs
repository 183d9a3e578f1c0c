using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Sandbox;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>
/// Runs the runner directly (no bubblewrap, user switch or limits) with some of its self-confinement layers
/// switched off (<see cref="SelfConfinementSwitch"/>), so the others can be tested on their own.
/// </summary>
internal sealed class RunnerWithout(string layers) : IRunnerCommandWrapper
{
    /// <summary>No self-confinement at all: what the other layers are measured without.</summary>
    public static RunnerWithout Confinement { get; } = new(SelfConfinementSwitch.Everything);

    public RunnerCommand Wrap(RunnerCommand command) => command with
    {
        Environment = new Dictionary<string, string>(command.Environment, StringComparer.Ordinal) { [SelfConfinementSwitch.Variable] = layers },
    };
}
