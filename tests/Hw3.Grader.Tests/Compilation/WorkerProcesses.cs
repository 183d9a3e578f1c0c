using System.Diagnostics;
using Hw3.Grader.Compilation;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>Looks at compile worker processes from outside, as the operating system sees them.</summary>
internal static class WorkerProcesses
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static bool HasEnded(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    public static async Task<bool> WaitUntilEnded(int pid)
    {
        var clock = Stopwatch.StartNew();
        while (!HasEnded(pid) && clock.Elapsed < Patience)
        {
            await Task.Delay(20);
        }

        return HasEnded(pid);
    }

    /// <summary>The one worker of the pool that is compiling, once it is.</summary>
    public static async Task<int> Busy(CompileWorkerPool pool)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (pool.BusyWorkerProcessIds is [var pid])
            {
                return pid;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("no compile worker became busy");
    }
}
