using System.Runtime.InteropServices;

namespace Hw3.Grader.Runner.Confinement;

/// <summary>
/// The system calls self-confinement needs, called through libc's <c>syscall(2)</c>: glibc has no wrappers for
/// Landlock and seccomp's TSYNC. The numbers differ between the two architectures the runner confines on.
/// </summary>
internal static class LinuxSyscalls
{
    public const int PrSetNoNewPrivs = 38;
    public const int FdCloexec = 1;
    public const int FGetFd = 1;
    public const int OPath = 0x200000;
    public const int OCloexec = 0x80000;
    public const int ODirectory = 0x10000;

    /// <summary>The current architecture's numbers, or null where the runner does not confine itself.</summary>
    public static SyscallTable? Table { get; } = !OperatingSystem.IsLinux() ? null : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => SyscallTable.X64,
        Architecture.Arm64 => SyscallTable.Arm64,
        _ => null,
    };

    [DllImport("libc", EntryPoint = "syscall")]
    public static extern long Syscall(long number, nint a1, nint a2, nint a3, nint a4, nint a5);

    [DllImport("libc", EntryPoint = "prctl")]
    public static extern int Prctl(int option, nint a2, nint a3, nint a4, nint a5);

    /// <summary>open(2) of a path, passed as NUL-terminated UTF-8 (no string marshalling: see the remarks).</summary>
    public static int Open(string path, int flags)
    {
        using var native = new NativeBuffer(System.Text.Encoding.UTF8.GetBytes(path + "\0"));
        return OpenNative(native.Pointer, flags);
    }

    [DllImport("libc", EntryPoint = "open")]
    private static extern int OpenNative(nint path, int flags);

    [DllImport("libc", EntryPoint = "close")]
    public static extern int Close(int descriptor);

    [DllImport("libc", EntryPoint = "fcntl")]
    public static extern int Fcntl(int descriptor, int command, nint argument);

    /// <summary>errno of the last failed call, read straight after it (SetLastError needs runtime marshalling), as words for the report.</summary>
    public static string LastError() => Marshal.GetPInvokeErrorMessage(Marshal.GetLastSystemError());
}
