using System.Diagnostics;

namespace Hw3.Grader.Execution.Sandbox;

/// <summary>
/// Finds out, once, which sandbox tools exist and work on this machine: bubblewrap needs user namespaces,
/// which a VM or container may refuse; prlimit and setpriv come with util-linux. Each is tried for real
/// (a no-op command), so a tool that is installed but cannot work here counts as missing.
/// </summary>
public static class SandboxProbe
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>HW3_SANDBOX=off switches every operating-system layer off (for debugging the runner).</summary>
    public static SandboxCapabilities Probe(SandboxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (!OperatingSystem.IsLinux())
        {
            return new SandboxCapabilities(null, null, null, ["not Linux: no bubblewrap, rlimits or user switch; only the scrubbed environment and the time limits remain."]);
        }

        if (string.Equals(Environment.GetEnvironmentVariable("HW3_SANDBOX"), "off", StringComparison.OrdinalIgnoreCase))
        {
            return SandboxCapabilities.None;
        }

        var missing = new List<string>();
        var id = limits.UnprivilegedId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? setpriv = null;
        if (Environment.IsPrivilegedProcess)
        {
            setpriv = Works(Find("setpriv"), "--reuid", id, "--regid", id, "--clear-groups", "--", "true");
            if (setpriv is null)
            {
                missing.Add("setpriv (util-linux): the runner would run as root, so only bubblewrap's user namespace keeps it unprivileged.");
            }
        }

        string[] asUser = setpriv is null ? [] : [setpriv, "--reuid", id, "--regid", id, "--clear-groups", "--"];
        var bwrapPath = Find("bwrap");
        string? bwrap = null;
        if (bwrapPath is null)
        {
            missing.Add("bubblewrap (apt-get install bubblewrap): no namespaces; only the runner's own confinement and user keep it from the machine's files, the network and other processes.");
        }
        else
        {
            string[] probe = [.. asUser, bwrapPath, "--unshare-all", "--die-with-parent", "--new-session", "--ro-bind", "/", "/", "true"];
            bwrap = Works(probe[0], probe[1..]) is null ? null : bwrapPath;
            if (bwrap is null)
            {
                missing.Add("bubblewrap is installed but cannot create namespaces here (user namespaces disabled?): only the runner's own confinement and user keep it from the machine's files, the network and other processes.");
            }
        }

        var prlimit = Works(Find("prlimit"), "--as=" + limits.AddressSpaceBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), "--", "true");
        if (prlimit is null)
        {
            missing.Add("prlimit (util-linux): no address-space, CPU or file-size limit; the GC heap limit and the time limits remain.");
        }

        var tools = new SandboxCapabilities(bwrap, prlimit, setpriv, missing);
        return tools with { Confinement = ConfinementProbe.Run(tools, limits) };
    }

    /// <summary>The tool, when running it with these arguments exits 0 within the probe's time limit.</summary>
    private static string? Works(string? tool, params string[] arguments)
    {
        if (tool is null)
        {
            return null;
        }

        try
        {
            var info = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? tool : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    private static string? Find(string name) =>
        new[] { "/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin" }
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
