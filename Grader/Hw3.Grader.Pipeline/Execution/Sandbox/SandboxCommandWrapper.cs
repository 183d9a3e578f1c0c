using System.Globalization;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Sandbox;

/// <summary>
/// Wraps the runner command in every operating-system layer this machine supports, outermost first:
/// <list type="number">
/// <item><c>setpriv</c>: when the grader is root, the runner becomes the unprivileged user (nobody).</item>
/// <item><c>prlimit</c>: address space, CPU seconds, file size, no core dumps (and a task cap when the user is nobody).</item>
/// <item><c>bwrap</c>: new user, PID, network, IPC and UTS namespaces; a cleared environment; read-only binds of
/// the system libraries, the .NET runtime and the runner only (no submission files, rubric or references);
/// a private size-limited tmpfs /tmp as home and working directory; killed with the grader.</item>
/// </list>
/// The inherited protocol pipes pass through all three (none of them closes inherited descriptors). Inside them
/// the runner confines itself (Landlock, seccomp, stray descriptors closed; see SECURITY.md, layer 2).
/// </summary>
public sealed class SandboxCommandWrapper(SandboxCapabilities capabilities, SandboxLimits limits) : IRunnerCommandWrapper
{
    private const string SandboxHome = "/tmp";
    private static readonly string[] MergedUsrLinks = ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];

    public ConfinementReport? ExpectedConfinement => capabilities.Confinement;

    public RunnerCommand Wrap(RunnerCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var line = new List<string>();
        var environment = WithRuntimeSettings(command.Environment);
        if (capabilities.Setpriv is { } setpriv)
        {
            var id = Number(limits.UnprivilegedId);
            // The working directory stays the grader's (the runner needs none it can write): a folder the runner's
            // user could write is a folder it could fill with links before the grader, as root, removes it.
            line.AddRange([setpriv, "--reuid", id, "--regid", id, "--clear-groups", "--"]);
        }

        if (capabilities.Prlimit is { } prlimit)
        {
            line.AddRange([prlimit, "--as=" + Number(limits.AddressSpaceBytes), "--cpu=" + Number(limits.CpuSeconds), "--fsize=" + Number(limits.FileBytes), "--core=0"]);
            if (capabilities.Setpriv is not null)
            {
                line.Add("--nproc=" + Number(limits.Tasks));
            }

            line.Add("--");
        }

        if (capabilities.Bubblewrap is { } bwrap)
        {
            line.AddRange(Bubblewrap(bwrap, command, environment));
            environment = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        line.Add(command.FileName);
        line.AddRange(command.Arguments);
        return line.Count == command.Arguments.Count + 1
            ? command with { Environment = environment }
            : new RunnerCommand(line[0], line[1..], environment, command.WorkingDirectory);
    }

    private IEnumerable<string> Bubblewrap(string bwrap, RunnerCommand command, IReadOnlyDictionary<string, string> environment)
    {
        var id = Number(limits.UnprivilegedId);
        var arguments = new List<string>
        {
            bwrap, "--unshare-all", "--unshare-user", "--uid", id, "--gid", id,
            "--die-with-parent", "--new-session", "--clearenv",
            "--ro-bind", "/usr", "/usr",
        };
        foreach (var link in MergedUsrLinks)
        {
            var info = new FileInfo(link);
            if (info.LinkTarget is { } target)
            {
                arguments.AddRange(["--symlink", target, link]);
            }
            else if (Directory.Exists(link))
            {
                arguments.AddRange(["--ro-bind", link, link]);
            }
        }

        // The private /tmp first, the runner's folders after: bubblewrap mounts in order, and a checkout under
        // /tmp (a CI clone, say) would otherwise be hidden by the tmpfs.
        arguments.AddRange(["--proc", "/proc", "--dev", "/dev", "--size", Number(limits.FileBytes), "--tmpfs", SandboxHome]);
        foreach (var folder in ReadOnlyFolders(command).Distinct(StringComparer.Ordinal))
        {
            arguments.AddRange(["--ro-bind", folder, folder]);
        }

        arguments.AddRange(["--chdir", SandboxHome]);
        foreach (var (name, value) in environment.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var inside = name is "HOME" or "TMPDIR" ? SandboxHome : value;
            arguments.AddRange(["--setenv", name, inside]);
        }

        arguments.Add("--");
        return arguments;
    }

    /// <summary>The runner's own folder and the .NET installation, unless /usr already holds them.</summary>
    private static IEnumerable<string> ReadOnlyFolders(RunnerCommand command)
    {
        var candidates = new List<string?> { Path.GetDirectoryName(command.FileName) };
        candidates.AddRange(command.Arguments.Where(a => a.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Select(Path.GetDirectoryName));
        if (command.Environment.TryGetValue("DOTNET_ROOT", out var root))
        {
            candidates.Add(root);
        }

        return candidates
            .Where(folder => !string.IsNullOrEmpty(folder) && Path.IsPathRooted(folder) && Directory.Exists(folder))
            .Select(folder => Path.GetFullPath(folder!).TrimEnd('/'))
            .Where(folder => folder != "/usr" && !folder.StartsWith("/usr/", StringComparison.Ordinal) && folder.Length > 1);
    }

    /// <summary>W^X off: with it, a file-size limit breaks the runtime's start-up (it maps double-mapped code through a file).</summary>
    /// <remarks>
    /// A sandbox without the self-confinement layer (HW3_SANDBOX=off, or a test of other layers alone) tells the
    /// runner to leave it off, so what is measured is what the sandbox says it is.
    /// </remarks>
    private Dictionary<string, string> WithRuntimeSettings(IReadOnlyDictionary<string, string> environment)
    {
        var settings = new Dictionary<string, string>(environment, StringComparer.Ordinal) { ["DOTNET_EnableWriteXorExecute"] = "0" };
        if (capabilities.Confinement is null)
        {
            settings[SelfConfinementSwitch.Variable] = SelfConfinementSwitch.Everything;
        }

        return settings;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
