using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Hw3.Grader.Submissions.Files;

/// <summary>
/// A file's kind and size from <c>statx</c> (never following a link), and an open that cannot block or follow a
/// link (<c>O_NONBLOCK | O_NOFOLLOW</c>): opening a named pipe for reading blocks until a writer comes, so the kind is
/// decided before and after opening, never by reading. statx's buffer has one layout on every architecture, unlike
/// <c>struct stat</c>, so no per-architecture struct is needed.
/// </summary>
internal static class LinuxFileStatus
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint WantTypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int BufferBytes = 256;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;

    private const int ReadOnly = 0;
    private const int NoControllingTerminal = 0x100;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;

    /// <summary>O_NOFOLLOW is one of the few flags whose value differs between Linux architectures.</summary>
    private static int NoFollow => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    /// <summary>False where statx is missing (not Linux, or a C library older than glibc 2.28): use the portable way.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The kind and size of the entry at <paramref name="path"/> (a link is a link), or null with the errno.</summary>
    public static (FileKind Kind, long Size)? OfPath(string path, out int error) => Status(AtCurrentDirectory, path, AtSymlinkNoFollow, out error);

    /// <summary>The kind and size of an open file.</summary>
    public static (FileKind Kind, long Size)? OfHandle(SafeFileHandle handle, out int error)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return Status((int)handle.DangerousGetHandle(), "", AtEmptyPath | AtSymlinkNoFollow, out error);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Opens for reading without following a final link, without blocking on a pipe and without taking a terminal; null with the errno.</summary>
    public static SafeFileHandle? OpenForReading(string path, out int error)
    {
        var fd = Open(path, ReadOnly | NonBlocking | NoFollow | NoControllingTerminal | CloseOnExec);
        error = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
    }

    private static (FileKind, long)? Status(int directory, string path, int flags, out int error)
    {
        var buffer = new byte[BufferBytes];
        if (Statx(directory, path, flags, WantTypeAndSize, buffer) != 0)
        {
            error = Marshal.GetLastPInvokeError();
            return null;
        }

        error = 0;
        // The kernel writes its own byte order.
        return (KindOf(BitConverter.ToUInt16(buffer, ModeOffset)), BitConverter.ToInt64(buffer, SizeOffset));
    }

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.NamedPipe,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    private static bool Probe()
    {
        try
        {
            return Status(AtCurrentDirectory, "/", AtSymlinkNoFollow, out _) is { Item1: FileKind.Directory };
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [In, Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
