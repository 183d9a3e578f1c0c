namespace Hw3.Grader.Execution.Sandbox;

/// <summary>
/// The runner's test switch (Hw3.Grader.Runner/Confinement/ConfinementSwitch.cs): <c>HW3_RUNNER_WITHOUT</c> names
/// self-confinement layers the runner skips and reports missing, as on a kernel without them. The grader sets it
/// only for a sandbox that does not include self-confinement; tests set it to take layers away one at a time.
/// </summary>
public static class SelfConfinementSwitch
{
    public const string Variable = "HW3_RUNNER_WITHOUT";

    public const string Descriptors = "descriptors";
    public const string Landlock = "landlock";
    public const string Seccomp = "seccomp";

    /// <summary>Every self-confinement layer.</summary>
    public const string Everything = Descriptors + "," + Landlock + "," + Seccomp;
}
