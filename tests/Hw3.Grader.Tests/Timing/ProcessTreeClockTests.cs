using System.Diagnostics;
using Hw3.Grader.Execution.Timing;

namespace Hw3.Grader.Tests.Timing;

public sealed class ProcessTreeClockTests
{
    [Fact]
    public void A_process_that_is_gone_has_no_clocks()
    {
        using var done = Process.Start("true")!;
        done.WaitForExit();

        ProcessTreeClock.Read(done.Id).Should().BeNull();
    }

    [Fact]
    public void The_processor_time_of_a_tree_counts_a_grandchild_that_computes()
    {
        // The shell waits for a child shell that spins, as bubblewrap waits for the runner.
        using var parent = Process.Start(new ProcessStartInfo("sh", ["-c", "sh -c 'while :; do :; done' & wait"]))!;
        try
        {
            var clock = Stopwatch.StartNew();
            var used = TimeSpan.Zero;
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && used < TimeSpan.FromMilliseconds(300))
            {
                Thread.Sleep(50);
                used = ProcessTreeClock.Read(parent.Id)?.Processor ?? TimeSpan.Zero;
            }

            used.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300), "the spinning grandchild's time counts for its grandparent's tree");
        }
        finally
        {
            parent.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_process_that_sleeps_uses_almost_no_processor_time_and_its_thread_is_read()
    {
        using var sleeper = Process.Start("sleep", "5")!;
        try
        {
            Thread.Sleep(300);
            var times = ProcessTreeClock.Read(sleeper.Id);

            times.Should().NotBeNull();
            times!.Processor.Should().BeLessThan(TimeSpan.FromMilliseconds(200));
            times.QueuedNanoseconds.Keys.Should().Equal(sleeper.Id);
        }
        finally
        {
            sleeper.Kill(entireProcessTree: true);
        }
    }
}
