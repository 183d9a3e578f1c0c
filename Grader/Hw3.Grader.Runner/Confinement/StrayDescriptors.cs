using System.Globalization;

namespace Hw3.Grader.Runner.Confinement;

/// <summary>
/// Closes the descriptors the runner inherited by accident: every one above 2 that is neither a protocol pipe
/// nor marked close-on-exec. A process that starts the runner may hold files, sockets or pipes without
/// close-on-exec (a shell's <c>9&gt;&gt;file</c>, a CI agent's log); student code must not reach them. Descriptors the
/// runtime opened itself (its signal pipe, the runner's own assembly mappings) carry FD_CLOEXEC and stay.
/// </summary>
internal static class StrayDescriptors
{
    /// <summary>Without /proc, descriptors up to this number are tried one by one.</summary>
    private const int ScanLimit = 4096;

    /// <summary>Closes the strays; returns how many there were.</summary>
    public static int Close(IReadOnlySet<int> keep)
    {
        var closed = 0;
        foreach (var descriptor in Open())
        {
            if (descriptor <= 2 || keep.Contains(descriptor))
            {
                continue;
            }

            var flags = LinuxSyscalls.Fcntl(descriptor, LinuxSyscalls.FGetFd, 0);
            if (flags >= 0 && (flags & LinuxSyscalls.FdCloexec) == 0 && LinuxSyscalls.Close(descriptor) == 0)
            {
                closed++;
            }
        }

        return closed;
    }

    /// <summary>
    /// The descriptors open now, listed before any is closed (the listing's own descriptor is opened
    /// close-on-exec, so it is never taken for a stray).
    /// </summary>
    /// <remarks>Plain loops, no LINQ: every generic instantiation here would be JIT-compiled in every runner, at every start (bench/README.md).</remarks>
    private static List<int> Open()
    {
        var open = new List<int>();
        try
        {
            foreach (var entry in Directory.GetFileSystemEntries("/proc/self/fd"))
            {
                if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var descriptor))
                {
                    open.Add(descriptor);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            open.Clear();
            for (var descriptor = 3; descriptor < ScanLimit; descriptor++)
            {
                open.Add(descriptor);
            }
        }

        return open;
    }
}
