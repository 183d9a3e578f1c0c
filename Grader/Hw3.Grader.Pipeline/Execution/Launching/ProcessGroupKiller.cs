using System.Runtime.InteropServices;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// Kills a runner's whole process group. The runner makes itself a group leader, so this also reaches
/// processes it started that outlived it (a process tree loses orphans; a group keeps them).
/// </summary>
internal static class ProcessGroupKiller
{
    private const int SigKill = 9;

    public static void Kill(int processGroup)
    {
        // Never 0 (our own group) or 1 (-1 means every process we may signal).
        if (processGroup > 1 && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()))
        {
            _ = SendSignal(-processGroup, SigKill);
        }
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int SendSignal(int pid, int signal);
}
