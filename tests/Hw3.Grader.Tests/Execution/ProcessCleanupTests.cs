using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

public sealed class ProcessCleanupTests
{
    private static readonly RunnerFactory Factory = new(new RunnerOptions());

    /// <summary>The runner's seccomp filter refuses new processes: the kills are tested without it.</summary>
    private static readonly RunnerFactory WithoutConfinement = new(new RunnerOptions(), Sandbox.RunnerWithout.Confinement);

    [Fact]
    public async Task A_process_the_student_started_is_gone_after_the_call_times_out()
    {
        await using var session = WithoutConfinement.Open([HostileSubmission.Image]);

        var outcome = await session.Call(Method("Bad", "SpawnAndHang"), Short);

        outcome.Status.Should().Be(CallStatus.TimedOut);
        (await Processes.IsGoneSoonAsync(Processes.SpawnedPid(session.Output.Text))).Should().BeTrue();
    }

    [Fact]
    public async Task A_process_orphaned_by_a_runner_that_exited_is_gone_too()
    {
        await using var session = WithoutConfinement.Open([HostileSubmission.Image]);

        var outcome = await session.Call(Method("Bad", "SpawnAndQuit"));

        outcome.Status.Should().Be(CallStatus.Crashed);
        outcome.Message.Should().Contain("(exit code 3)");
        (await Processes.IsGoneSoonAsync(Processes.SpawnedPid(session.Output.Text))).Should().BeTrue();
    }

    [Fact]
    public async Task After_dispose_neither_the_runner_nor_its_working_directory_remain()
    {
        var session = Factory.Open([HostileSubmission.Image]);
        var pid = await session.Call(Method("Good", "Pid"));
        var where = await session.Call(Method("Good", "Where"));
        Directory.Exists(where.Value!.Text).Should().BeTrue();

        await session.DisposeAsync();

        (await Processes.IsGoneSoonAsync((int)pid.Value!.Integer!.Value)).Should().BeTrue();
        Directory.Exists(where.Value!.Text).Should().BeFalse();
    }

    [Fact]
    public async Task The_runner_sees_a_scrubbed_environment_with_its_own_home()
    {
        Environment.SetEnvironmentVariable("HW3_RUNNER_TEST_SECRET", "answers");
        await using var session = Factory.Open([HostileSubmission.Image]);

        var secret = await session.Call(Method("Good", "Env", ("string", WireValue.Of("HW3_RUNNER_TEST_SECRET"))));
        var home = await session.Call(Method("Good", "Env", ("string", WireValue.Of("HOME"))));
        var where = await session.Call(Method("Good", "Where"));

        secret.Value.Should().Be(WireValue.Of("absent"));
        home.Value.Should().Be(where.Value);
    }

    [Fact]
    public async Task Megabytes_of_output_are_capped_and_counted_and_the_call_still_returns()
    {
        await using var session = new RunnerFactory(new RunnerOptions { MaxCapturedOutputBytes = 1000 }).Open([HostileSubmission.Image]);

        var outcome = await session.Call(Method("Bad", "Chatty"));

        outcome.Value.Should().Be(WireValue.Of(7));
        // All of it once the session ended: the output drains on its own thread and may trail the answer.
        (await session.EndAsync()).Should().Be(new CapturedOutput(new string('x', 1000), 5_000_000 - 1000));
    }
}
