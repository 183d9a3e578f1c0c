namespace Hw3.Grader.Execution.Sandbox;

/// <summary>Which sandbox layers this machine supports, as found by <see cref="SandboxProbe"/>; a null tool is not usable here.</summary>
/// <param name="Bubblewrap">bwrap, when it can create namespaces here.</param>
/// <param name="Prlimit">prlimit, when it can set resource limits.</param>
/// <param name="Setpriv">setpriv, when the grader is root and can become the unprivileged user.</param>
/// <param name="Missing">What is missing and what that costs, one sentence each.</param>
public sealed record SandboxCapabilities(string? Bubblewrap, string? Prlimit, string? Setpriv, IReadOnlyList<string> Missing)
{
    /// <summary>No sandbox at all: the plain runner with its scrubbed environment (HW3_SANDBOX=off).</summary>
    public static SandboxCapabilities None { get; } = new(null, null, null, ["sandbox switched off (HW3_SANDBOX=off): only the scrubbed environment and the time limits remain"]);

    /// <summary>One line for the start-up log: the layers in force, then what is missing.</summary>
    public string Describe(SandboxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var active = new List<string>();
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

        var text = "sandbox: " + (active.Count == 0 ? "no operating-system layer" : string.Join("; ", active));
        return Missing.Count == 0 ? text : text + ". Missing: " + string.Join(" ", Missing);
    }
}
