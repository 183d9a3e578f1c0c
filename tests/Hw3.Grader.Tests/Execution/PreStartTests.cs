using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Output;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

public sealed class PreStartTests
{
    private static readonly RunnerOptions Options = new();

    [Fact]
    public async Task Sessions_of_a_pre_starting_factory_each_get_a_runner_of_their_own()
    {
        await using var factory = new RunnerFactory(Options with { PreStartedRunners = 1 });

        long first;
        await using (var session = factory.Open([HostileSubmission.Image]))
        {
            first = (await session.Call(Method("Good", "Pid"))).Value!.Integer!.Value;
            session.RunnerStarts.Should().Be(1);
        }

        await using var second = factory.Open([HostileSubmission.Image]);
        var pid = await second.Call(Method("Good", "Pid"));

        pid.Value!.Integer.Should().NotBe(first);
        (await Processes.IsGoneSoonAsync((int)first)).Should().BeTrue();
    }

    [Fact]
    public async Task A_runner_is_started_and_ready_before_a_session_claims_it()
    {
        await using var pool = new PreStartedRunners(new RunnerLauncher(Options, null), 1);
        pool.Refill();

        var waiting = await WaitForOneAsync(pool);
        (await waiting.Ready.WaitAsync(Ample)).Should().BeTrue();
        var claimed = pool.Acquire(new OutputCapture(1024));
        await using var _ = claimed;

        claimed.Should().BeSameAs(waiting);
        (await WaitForOneAsync(pool)).Should().NotBeSameAs(claimed);
    }

    [Fact]
    public async Task Disposing_the_pool_stops_the_runners_still_waiting()
    {
        var pool = new PreStartedRunners(new RunnerLauncher(Options, null), 1);
        pool.Refill();
        var waiting = await WaitForOneAsync(pool);
        (await waiting.Ready.WaitAsync(Ample)).Should().BeTrue();

        await pool.DisposeAsync();

        (await Processes.IsGoneSoonAsync(waiting.ProcessId)).Should().BeTrue();
    }

    [Fact]
    public async Task A_pre_started_runner_that_died_while_waiting_is_not_handed_out()
    {
        await using var pool = new PreStartedRunners(new RunnerLauncher(Options, null), 1);
        pool.Refill();
        var waiting = await WaitForOneAsync(pool);
        (await waiting.Ready.WaitAsync(Ample)).Should().BeTrue();
        using (var process = System.Diagnostics.Process.GetProcessById(waiting.ProcessId))
        {
            process.Kill();
        }

        while (!waiting.HasEnded)
        {
            await Task.Delay(20);
        }

        var claimed = pool.Acquire(new OutputCapture(1024));
        await using var _ = claimed;

        claimed.Should().NotBeSameAs(waiting);
        (await claimed.Ready.WaitAsync(Ample)).Should().BeTrue();
    }

    [Fact]
    public async Task A_pool_limited_to_two_runners_in_all_starts_no_replacement_once_both_are_claimed()
    {
        await using var pool = new PreStartedRunners(new RunnerLauncher(Options, null), 2, inAll: 2);
        pool.Refill();
        for (var attempt = 0; attempt < 200 && pool.Waiting.Count < 2; attempt++)
        {
            await Task.Delay(50);
        }

        await using var first = pool.Acquire(new OutputCapture(1024));
        await using var second = pool.Acquire(new OutputCapture(1024));

        pool.StartedAhead.Should().Be(2, "each claim would otherwise have started a replacement at once");
        pool.Waiting.Should().BeEmpty();
        (await first.Ready.WaitAsync(Ample)).Should().BeTrue();
        (await second.Ready.WaitAsync(Ample)).Should().BeTrue();
        first.Should().NotBeSameAs(second);
    }

    private static async Task<RunnerProcess> WaitForOneAsync(PreStartedRunners pool)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (pool.Waiting is [var first, ..])
            {
                return first;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no runner was pre-started");
    }
}
