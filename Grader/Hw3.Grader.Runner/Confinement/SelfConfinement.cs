using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Runner.Confinement;

/// <summary>
/// The runner confines itself, first thing in Main and before it loads anything of the student's: it closes
/// stray inherited descriptors, binds itself to a Landlock ruleset (read-only access to the .NET runtime and its
/// own folder, no writes, no TCP, signals and abstract sockets scoped) and installs a seccomp filter (no
/// programs, processes, ptrace or sockets). Each layer holds on its own; whatever the kernel does not offer is
/// reported missing (<see cref="ConfinementReport"/>), never faked. Unprivileged: this works in a container that
/// refuses user namespaces, where bubblewrap cannot run.
/// </summary>
internal static class SelfConfinement
{
    /// <summary>Applies every layer this kernel has; <paramref name="keep"/> are the protocol pipes.</summary>
    public static ConfinementReport Apply(IReadOnlySet<int> keep)
    {
        if (LinuxSyscalls.Table is not { } table)
        {
            return new ConfinementReport(null, 0, false, ["self-confinement (only on Linux x86_64 and aarch64)"]);
        }

        var switches = ConfinementSwitch.FromEnvironment();
        var missing = new List<string>();
        int? closed = null;
        if (switches.Descriptors)
        {
            closed = StrayDescriptors.Close(keep);
        }
        else
        {
            missing.Add(ConfinementSwitch.Simulated("closing stray descriptors"));
        }

        var landlock = switches.Landlock ? Landlock(missing) : Skipped(missing, "landlock");
        string? seccomp = null;
        if (switches.Seccomp)
        {
            seccomp = SeccompFilter.Install(table);
            if (seccomp is not null)
            {
                missing.Add(seccomp);
            }
        }
        else
        {
            missing.Add(ConfinementSwitch.Simulated("seccomp"));
        }

        return new ConfinementReport(closed, landlock, switches.Seccomp && seccomp is null, missing);
    }

    private static int Skipped(List<string> missing, string layer)
    {
        missing.Add(ConfinementSwitch.Simulated(layer));
        return 0;
    }

    /// <summary>The ABI of the ruleset now binding the main and finalizer threads, or 0 with the reason in <paramref name="missing"/>.</summary>
    private static int Landlock(List<string> missing)
    {
        var abi = LandlockRuleset.KernelAbi(out var unavailable);
        if (abi == 0)
        {
            missing.Add(unavailable!);
            return 0;
        }

        using var ruleset = LandlockRuleset.Create(abi, out var refused);
        if (ruleset is null)
        {
            missing.Add(refused!);
            return 0;
        }

        foreach (var path in ReadablePaths.Optional())
        {
            _ = ruleset.AllowReadBeneath(path);
        }

        foreach (var path in ReadablePaths.Required())
        {
            if (!ruleset.AllowReadBeneath(path))
            {
                // A folder the runner needs and cannot open: binding now would break the runner, not the student.
                missing.Add($"landlock (cannot open {Path.GetFileName(path.TrimEnd('/'))} to allow reading it: {LinuxSyscalls.LastError()})");
                return 0;
            }
        }

        if (!ruleset.RestrictCallingThread(out var error))
        {
            missing.Add("landlock (the kernel refused to apply the ruleset: " + error + "): the runner may read and write whatever its user may");
            return 0;
        }

        if (FinalizerThreadConfinement.Apply(ruleset) is { } finalizer)
        {
            // The main thread is bound; finalizers of student types would run unbound. Refuse to go on half-confined.
            Console.Error.WriteLine("runner: the finalizer thread could not be confined: " + finalizer);
            Environment.Exit(4);
        }

        return ruleset.Abi;
    }
}
