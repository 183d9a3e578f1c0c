using System.Globalization;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>
/// Processes as the machine sees them (/proc of the grader's PID and user namespaces): inside bubblewrap a
/// runner sees other pids and may see other uids than these.
/// </summary>
internal static class ProcessTable
{
    /// <summary>
    /// The pid of a live process running <paramref name="program"/> (by file name) with exactly these
    /// arguments, waiting up to five seconds for it to appear; null when none does.
    /// </summary>
    public static async Task<int?> FindAsync(string program, params string[] arguments)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    && CommandLine(folder) is [var executable, .. var rest]
                    && Path.GetFileName(executable) == program
                    && rest.SequenceEqual(arguments))
                {
                    return pid;
                }
            }

            await Task.Delay(100);
        }

        return null;
    }

    /// <summary>The parent of a process.</summary>
    public static int ParentOf(int pid) => StatusField(pid, "PPid:");

    /// <summary>The real uid of a process, in the grader's user namespace.</summary>
    public static int RealUid(int pid) => StatusField(pid, "Uid:");

    private static int StatusField(int pid, string name)
    {
        var line = File.ReadAllLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status").Single(l => l.StartsWith(name, StringComparison.Ordinal));
        return int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static string[] CommandLine(string folder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // The process ended while we looked.
        }
    }
}
