using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// Starts runner processes from one dedicated thread that lives as long as the grader. bubblewrap's
/// <c>--die-with-parent</c> (PR_SET_PDEATHSIG) fires when the <em>thread</em> that forked it ends, and
/// thread-pool threads retire when idle: forking from one would kill a healthy runner at a random moment.
/// </summary>
internal static class LaunchThread
{
    private static readonly BlockingCollection<Action> Work = StartThread();

    public static Process? Start(ProcessStartInfo info)
    {
        Process? process = null;
        ExceptionDispatchInfo? failure = null;
        using var done = new ManualResetEventSlim();
        Work.Add(() =>
        {
            try
            {
                process = Process.Start(info);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                done.Set();
            }
        });
        done.Wait();
        failure?.Throw();
        return process;
    }

    private static BlockingCollection<Action> StartThread()
    {
        var work = new BlockingCollection<Action>();
        var thread = new Thread(() =>
        {
            foreach (var item in work.GetConsumingEnumerable())
            {
                item();
            }
        })
        {
            IsBackground = true,
            Name = "runner launcher",
        };
        thread.Start();
        return work;
    }
}
