using System.Globalization;
using System.Runtime.InteropServices;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// Marks every descriptor this process inherited above 2 close-on-exec, once, before it starts anything, so no
/// process it starts (bwrap, setpriv, prlimit, the compile worker, a runner) receives them: a grader started by
/// a shell with <c>9&gt;&gt;file</c>, or by a CI agent holding its log open, would otherwise hand that file to student
/// code. Descriptors the grader opens afterwards are close-on-exec by .NET's default; the runner's protocol pipes
/// are made inheritable on purpose, and only inside <see cref="ProcessLaunchLock"/>, after this has run.
/// </summary>
public static class InheritedDescriptors
{
    private const int CloseRangeSyscall = 436; // close_range(2): the same number on x86_64 and aarch64.
    private const uint CloseRangeCloexec = 1U << 2;
    private const int FGetFd = 1;
    private const int FSetFd = 2;
    private const int FdCloexec = 1;

    private static int _done;

    /// <summary>Idempotent and cheap after the first call.</summary>
    public static void MarkCloseOnExec()
    {
        if (OperatingSystem.IsLinux() && Interlocked.Exchange(ref _done, 1) == 0)
        {
            MarkAll();
        }
    }

    /// <summary>Marks them now, whether or not that was done before (tests).</summary>
    internal static void MarkAll()
    {

        // close_range with CLOSE_RANGE_CLOEXEC (Linux 5.11) marks them all in one call; else one fcntl each.
        if ((RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64)
            && Syscall(CloseRangeSyscall, 3, uint.MaxValue, CloseRangeCloexec) == 0)
        {
            return;
        }

        foreach (var descriptor in OpenDescriptors())
        {
            var flags = Fcntl(descriptor, FGetFd, 0);
            if (flags >= 0 && (flags & FdCloexec) == 0)
            {
                _ = Fcntl(descriptor, FSetFd, flags | FdCloexec);
            }
        }
    }

    private static IEnumerable<int> OpenDescriptors()
    {
        try
        {
            return [.. Directory.EnumerateFileSystemEntries("/proc/self/fd")
                .Select(entry => int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var fd) ? fd : -1)
                .Where(fd => fd > 2)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Enumerable.Range(3, 4093);
        }
    }

    [DllImport("libc", EntryPoint = "syscall")]
    private static extern long Syscall(long number, uint first, uint last, uint flags);

    [DllImport("libc", EntryPoint = "fcntl")]
    private static extern int Fcntl(int descriptor, int command, int argument);
}
