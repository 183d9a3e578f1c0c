using System.Globalization;

namespace Hw3.Grader.Execution.Timing;

/// <summary>
/// Reads a runner's clocks from Linux's <c>/proc</c>: the processor time of a process and everything below it (the
/// sandbox, the runner, all their threads: <c>utime + stime</c> of each process, children found through
/// <c>/proc/&lt;pid&gt;/task/&lt;tid&gt;/children</c>), and the run-queue wait of each of their threads (the second
/// field of its <c>schedstat</c>). Null where the tree cannot be read (another system, a process already gone);
/// callers then fall back to wall time.
/// </summary>
internal static class ProcessTreeClock
{
    /// <summary>Linux reports <c>utime</c>/<c>stime</c> in clock ticks of USER_HZ, which is 100 on every architecture .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>A bound on the processes visited, so a tree that keeps changing cannot keep the grader reading.</summary>
    private const int MaxProcesses = 256;

    public static RunnerTimes? Read(int rootProcessId)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var ticks = 0L;
        var queued = new Dictionary<int, long>();
        var pending = new Stack<int>([rootProcessId]);
        var seen = new HashSet<int>();
        while (pending.Count > 0 && seen.Count < MaxProcesses)
        {
            var pid = pending.Pop();
            if (!seen.Add(pid))
            {
                continue;
            }

            if (ProcessorTicks(pid) is not { } own)
            {
                if (pid == rootProcessId)
                {
                    return null;
                }

                continue;
            }

            ticks += own;
            foreach (var task in Tasks(pid))
            {
                if (QueuedNanoseconds(task) is { } wait && int.TryParse(Path.GetFileName(task), NumberStyles.None, CultureInfo.InvariantCulture, out var thread))
                {
                    queued[thread] = wait;
                }

                foreach (var child in Children(task))
                {
                    pending.Push(child);
                }
            }
        }

        return new RunnerTimes(TimeSpan.FromSeconds(ticks / TicksPerSecond), queued);
    }

    /// <summary><c>utime + stime</c> from <c>/proc/&lt;pid&gt;/stat</c>: fields 14 and 15, counted after the command name, which may hold spaces and parentheses.</summary>
    private static long? ProcessorTicks(int pid)
    {
        if (ReadOrNull($"/proc/{pid}/stat") is not { } stat || stat.LastIndexOf(')') is var end && end < 0)
        {
            return null;
        }

        // After ") " come field 3 (state) onwards; utime and stime are fields 14 and 15.
        var fields = stat[(end + 2)..].Split(' ');
        return fields.Length > 12
               && long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
               && long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system)
            ? user + system
            : null;
    }

    /// <summary>A thread's run-queue wait: <c>schedstat</c> is "run ns, wait ns, slices".</summary>
    private static long? QueuedNanoseconds(string task) =>
        ReadOrNull(Path.Combine(task, "schedstat"))?.Split(' ') is { Length: >= 2 } fields
        && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds)
            ? nanoseconds
            : null;

    private static string[] Tasks(int pid)
    {
        try
        {
            return Directory.GetDirectories($"/proc/{pid}/task");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static IEnumerable<int> Children(string task)
    {
        foreach (var child in (ReadOrNull(Path.Combine(task, "children")) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(child, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                yield return id;
            }
        }
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
