using Hw3.Grader.Execution.Timing;

namespace Hw3.Grader.Tests.Timing;

public sealed class RunnerTimesTests
{
    [Fact]
    public void The_longest_run_queue_wait_of_any_thread_since_the_start_is_what_counts()
    {
        var start = new RunnerTimes(TimeSpan.Zero, new Dictionary<int, long> { [1] = 5_000_000_000, [2] = 0 });
        var now = new RunnerTimes(TimeSpan.FromSeconds(1), new Dictionary<int, long> { [1] = 5_500_000_000, [2] = 2_000_000_000, [3] = 3_000_000_000 });

        now.LongestQueuedSince(start).Should().Be(TimeSpan.FromSeconds(3), "thread 3 started after the first reading, so all its wait is new");
    }

    [Fact]
    public void A_thread_that_ended_since_the_start_counts_for_nothing()
    {
        var start = new RunnerTimes(TimeSpan.Zero, new Dictionary<int, long> { [1] = 9_000_000_000 });
        var now = new RunnerTimes(TimeSpan.Zero, new Dictionary<int, long>());

        now.LongestQueuedSince(start).Should().Be(TimeSpan.Zero);
    }
}
