using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

public sealed class FailureIsolationTests
{
    private static readonly RunnerFactory Factory = new(new RunnerOptions());

    [Fact]
    public async Task An_exception_comes_back_as_threw_with_its_type_and_message()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var boom = await session.Call(Method("Bad", "Boom"));
        var todo = await session.Call(Method("Bad", "Todo"));

        boom.Status.Should().Be(CallStatus.Threw);
        boom.ExceptionType.Should().Be("InvalidOperationException");
        boom.Message.Should().Be("boom");
        todo.Status.Should().Be(CallStatus.Threw);
        todo.ExceptionType.Should().Be("NotImplementedException");
        session.RunnerStarts.Should().Be(1);
    }

    [Fact]
    public async Task A_static_initializer_that_throws_costs_only_its_class()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var fragile = await session.Call(Method("Fragile", "One"));
        var good = await session.Call(Method("Good", "One"));

        fragile.Status.Should().Be(CallStatus.Threw);
        fragile.ExceptionType.Should().Be("TypeInitializationException");
        fragile.Message.Should().Be("Fragile's static initializer threw InvalidOperationException: bad init");
        good.Value.Should().Be(WireValue.Of(1));
        session.RunnerStarts.Should().Be(1);
    }

    [Fact]
    public async Task A_call_that_waits_instead_of_computing_is_stopped_at_three_times_its_limit_and_told_so()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var nap = await session.Call(Method("Good", "Nap", ("int", WireValue.Of(60_000))), Short);

        nap.Status.Should().Be(CallStatus.TimedOut);
        nap.Message.Should().Be("did not return within 3 s, most of them spent waiting rather than computing");
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3), "a call that does not compute keeps its wall limit, not its processor limit");
        session.Incidents.Should().Equal("Good.Nap(60000) did not return within 3 s, most of them spent waiting rather than computing; the runner was stopped and restarted");
    }

    [Fact]
    public async Task An_endless_loop_times_out_and_the_next_call_runs_on_a_fresh_runner()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var forever = await session.Call(Method("Bad", "Forever"), Short);
        var next = await session.Call(Method("Good", "One"));

        forever.Status.Should().Be(CallStatus.TimedOut);
        forever.Message.Should().Be("did not return within 1 s");
        next.Value.Should().Be(WireValue.Of(1));
        session.RunnerStarts.Should().Be(2);
        session.Incidents.Should().Equal("Bad.Forever() did not return within 1 s; the runner was stopped and restarted");
    }

    [Fact]
    public async Task A_stack_overflow_crashes_only_its_call()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var deep = await session.Call(Method("Bad", "Deep", ("int", WireValue.Of(0))));
        var next = await session.Call(Method("Good", "One"));

        deep.Status.Should().Be(CallStatus.Crashed);
        deep.Message.Should().Be("crashed with a stack overflow (unbounded recursion?)");
        next.Value.Should().Be(WireValue.Of(1));
        session.Incidents.Should().Equal("the runner crashed with a stack overflow during Bad.Deep(0)");
    }

    [Fact]
    public async Task Environment_Exit_even_with_code_zero_is_a_crash_of_that_call()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var quit = await session.Call(Method("Bad", "Quit"));
        var next = await session.Call(Method("Good", "One"));

        quit.Status.Should().Be(CallStatus.Crashed);
        quit.Message.Should().Be("ended the runner process (exit code 0) without answering — e.g. Environment.Exit");
        next.Value.Should().Be(WireValue.Of(1));
        session.RunnerStarts.Should().Be(2);
    }

    [Fact]
    public async Task Cancelling_a_call_stops_its_runner_and_the_session_carries_on()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var forever = () => session.InvokeAsync(Method("Bad", "Forever"), TimeSpan.FromSeconds(30), cancel.Token);
        await forever.Should().ThrowAsync<OperationCanceledException>();
        var next = await session.Call(Method("Good", "One"));

        next.Value.Should().Be(WireValue.Of(1));
        session.RunnerStarts.Should().Be(2);
        session.Incidents.Should().BeEmpty();
    }

    [Fact]
    public async Task A_runner_killed_between_calls_by_a_student_thread_is_replaced_before_the_next_call()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var late = await session.Call(Method("Bad", "LateThrow"));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var next = await session.Call(Method("Good", "One"));

        late.Value.Should().Be(WireValue.Of(1));
        next.Value.Should().Be(WireValue.Of(1));
        session.RunnerStarts.Should().Be(2);
        session.Incidents.Should().Equal(
            "the runner crashed with an unhandled exception between calls, before Good.One(); a fresh runner was started");
    }
}
