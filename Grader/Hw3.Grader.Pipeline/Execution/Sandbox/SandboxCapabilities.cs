using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Sandbox;

/// <summary>Which sandbox layers this machine supports, as found by <see cref="SandboxProbe"/>; a null tool is not usable here.</summary>
/// <param name="Bubblewrap">bwrap, when it can create namespaces here.</param>
/// <param name="Prlimit">prlimit, when it can set resource limits.</param>
/// <param name="Setpriv">setpriv, when the grader is root and can become the unprivileged user.</param>
/// <param name="Missing">What is missing and what that costs, one sentence each.</param>
/// <param name="Confinement">
/// How a runner confines itself here (as one reported at the probe); null when this sandbox leaves that layer
/// out (HW3_SANDBOX=off, or a test of other layers alone): the wrapper then tells runners not to confine themselves.
/// </param>
public sealed record SandboxCapabilities(string? Bubblewrap, string? Prlimit, string? Setpriv, IReadOnlyList<string> Missing, ConfinementReport? Confinement = null)
{
    /// <summary>No sandbox at all: the plain runner with its scrubbed environment (HW3_SANDBOX=off).</summary>
    public static SandboxCapabilities None { get; } = new(null, null, null, ["sandbox switched off (HW3_SANDBOX=off): only the scrubbed environment and the time limits remain"]);

    /// <summary>One line for the start-up log: every layer in force, then what is missing.</summary>
    public string Describe(SandboxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var active = new List<string>();
        var missing = new List<string>(Missing);
        if (Bubblewrap is not null)
        {
            active.Add("bubblewrap (no network, no view of the grader's files, private /tmp, own PID namespace)");
        }

        if (Setpriv is not null)
        {
            active.Add($"unprivileged user {limits.UnprivilegedId}");
        }

        if (Prlimit is not null)
        {
            active.Add($"limits (address space {limits.AddressSpaceBytes >> 30} GB, CPU {limits.CpuSeconds} s, files {limits.FileBytes >> 20} MB)");
        }

        if (Confinement is { } confinement)
        {
            active.AddRange(Describe(confinement));
            missing.AddRange(confinement.Missing.Select(sentence => sentence.EndsWith('.') ? sentence : sentence + "."));
        }

        var text = "sandbox: " + (active.Count == 0 ? "no operating-system layer" : string.Join("; ", active));
        return missing.Count == 0 ? text : text + ". Missing: " + string.Join(" ", missing);
    }

    private static IEnumerable<string> Describe(ConfinementReport confinement)
    {
        if (confinement.StrayDescriptorsClosed is not null)
        {
            yield return "descriptors (the grader's inherited ones close-on-exec, the runner's strays closed)";
        }

        if (confinement.LandlockAbi > 0)
        {
            yield return $"landlock ABI {confinement.LandlockAbi} ({LandlockCoverage(confinement.LandlockAbi)})";
        }

        if (confinement.Seccomp)
        {
            yield return "seccomp (no exec, no new processes, no ptrace, no sockets)";
        }
    }

    /// <summary>What a Landlock ruleset of this ABI stops (the runner handles every right the ABI has).</summary>
    private static string LandlockCoverage(int abi) => abi switch
    {
        >= 6 => "no writes, reads only of the runtime and the runner, no TCP, signals and abstract sockets scoped",
        >= 4 => "no writes, reads only of the runtime and the runner, no TCP",
        _ => "no writes, reads only of the runtime and the runner",
    };
}
