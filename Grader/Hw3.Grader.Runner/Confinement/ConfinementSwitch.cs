namespace Hw3.Grader.Runner.Confinement;

/// <summary>
/// For tests only: <c>HW3_RUNNER_WITHOUT=descriptors,landlock,seccomp</c> (any of them) makes the runner behave
/// as on a kernel that lacks those layers: it skips them and reports them missing, so the grader's fallback paths
/// and every other layer can be tested on its own on a machine that has them all. The runner's environment is
/// built by the grader (nothing of a submission reaches it), and the grader sets this only when its
/// RunnerOptions say so.
/// </summary>
internal sealed class ConfinementSwitch
{
    public const string Variable = "HW3_RUNNER_WITHOUT";

    private readonly string[] _without;

    private ConfinementSwitch(string[] without) => _without = without;

    public static ConfinementSwitch FromEnvironment() =>
        new((Environment.GetEnvironmentVariable(Variable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public bool Descriptors => Array.IndexOf(_without, "descriptors") < 0;

    public bool Landlock => Array.IndexOf(_without, "landlock") < 0;

    public bool Seccomp => Array.IndexOf(_without, "seccomp") < 0;

    /// <summary>The sentence for a layer skipped on purpose.</summary>
    public static string Simulated(string layer) => $"{layer} (switched off by {Variable}, as on a kernel without it)";
}
