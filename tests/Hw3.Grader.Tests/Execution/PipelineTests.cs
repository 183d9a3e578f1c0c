using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

public sealed class PipelineTests
{
    private static readonly RunnerFactory Factory = new(new RunnerOptions());

    private static (MemberCall, TimeSpan) Twice(int n) => (Method("Good", "Twice", ("int", WireValue.Of(n))), Ample);

    private static (MemberCall, TimeSpan) Spin(int n) => (Method("Bad", "Spin", ("int", WireValue.Of(n))), Short);

    private static (MemberCall, TimeSpan) Deep(int n) => (Method("Bad", "Deep", ("int", WireValue.Of(n))), Ample);

    private static (MemberCall, TimeSpan) One => (Method("Good", "One"), Ample);

    [Fact]
    public async Task Many_calls_come_back_in_the_order_they_were_asked_from_one_runner()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var outcomes = await session.InvokeManyAsync(Enumerable.Range(0, 40).Select(Twice).ToArray(), CancellationToken.None);

        outcomes.Select(o => o.Value).Should().Equal(Enumerable.Range(0, 40).Select(n => WireValue.Of(2 * n)));
        session.RunnerStarts.Should().Be(1);
        session.Incidents.Should().BeEmpty();
    }

    [Fact]
    public async Task Each_call_gets_its_full_limit_from_its_own_turn_not_from_when_it_was_sent()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);
        var nap = (Method("Good", "Nap", ("int", WireValue.Of(400))), TimeSpan.FromSeconds(1));

        var outcomes = await session.InvokeManyAsync([nap, nap, nap], CancellationToken.None);

        outcomes.Should().OnlyContain(o => o.Status == CallStatus.Returned);
        session.RunnerStarts.Should().Be(1);
    }

    [Fact]
    public async Task A_hang_in_the_middle_times_out_skips_its_member_and_the_other_calls_run_on_a_fresh_runner()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var outcomes = await session.InvokeManyAsync([Twice(1), Spin(1), Twice(2), Spin(2), One], CancellationToken.None);

        outcomes[0].Value.Should().Be(WireValue.Of(2));
        outcomes[1].Status.Should().Be(CallStatus.TimedOut);
        outcomes[1].Message.Should().Be("did not return within 1 s");
        outcomes[2].Value.Should().Be(WireValue.Of(4));
        outcomes[3].Status.Should().Be(CallStatus.NotRun);
        outcomes[3].Message.Should().Be("was skipped: the earlier call Bad.Spin(1) did not return in time");
        outcomes[4].Value.Should().Be(WireValue.Of(1));
        session.RunnerStarts.Should().Be(2);
        session.Incidents.Should().Equal("Bad.Spin(1) did not return within 1 s; the runner was stopped and restarted");
    }

    [Fact]
    public async Task A_crash_in_the_middle_costs_its_call_and_its_member_only()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var outcomes = await session.InvokeManyAsync([Twice(1), Deep(0), Twice(2), Deep(5), One], CancellationToken.None);

        outcomes[0].Value.Should().Be(WireValue.Of(2));
        outcomes[1].Status.Should().Be(CallStatus.Crashed);
        outcomes[1].Message.Should().Be("crashed with a stack overflow (unbounded recursion?)");
        outcomes[2].Value.Should().Be(WireValue.Of(4));
        outcomes[3].Status.Should().Be(CallStatus.NotRun);
        outcomes[3].Message.Should().Be("was skipped: the earlier call Bad.Deep(0) crashed the runner");
        outcomes[4].Value.Should().Be(WireValue.Of(1));
        // The first runner held Twice(1)'s answer while Deep(0) was queued behind it, so its crash left five calls
        // unanswered: they ran again one at a time (second runner, which Deep(0) crashed alone), then the rest (third).
        session.RunnerStarts.Should().Be(3);
        session.Incidents.Should().Equal(
            "the runner stopped with several calls unanswered; they were run again one at a time to find the one that stopped it",
            "the runner crashed with a stack overflow during Bad.Deep(0)");
    }

    [Fact]
    public async Task A_crash_after_several_answered_calls_is_blamed_on_the_call_that_crashed_and_their_answers_are_kept()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var outcomes = await session.InvokeManyAsync([Twice(1), Twice(2), Twice(3), Deep(0), Twice(4), Twice(5)], CancellationToken.None);

        outcomes.Take(3).Select(o => o.Value).Should().Equal(WireValue.Of(2), WireValue.Of(4), WireValue.Of(6));
        outcomes[3].Status.Should().Be(CallStatus.Crashed);
        outcomes[3].Message.Should().Be("crashed with a stack overflow (unbounded recursion?)");
        outcomes.Skip(4).Select(o => o.Value).Should().Equal(WireValue.Of(8), WireValue.Of(10));
        session.Incidents.Should().EndWith("the runner crashed with a stack overflow during Bad.Deep(0)")
            .And.NotContain(i => i.Contains("Twice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_that_crashes_when_it_is_the_only_one_in_flight_is_blamed_at_once()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);

        var outcomes = await session.InvokeManyAsync([Deep(0)], CancellationToken.None);

        outcomes[0].Status.Should().Be(CallStatus.Crashed);
        session.RunnerStarts.Should().Be(1);
        session.Incidents.Should().Equal("the runner crashed with a stack overflow during Bad.Deep(0)");
    }

    [Fact]
    public async Task When_the_budget_runs_out_during_a_call_the_calls_after_it_are_not_run()
    {
        var options = new RunnerOptions { SubmissionBudget = TimeSpan.FromSeconds(1.5) };
        await using var session = new RunnerFactory(options).Open([HostileSubmission.Image]);
        var (spin, _) = Spin(1);

        var outcomes = await session.InvokeManyAsync([Twice(1), (spin, TimeSpan.FromSeconds(30)), One, Twice(2)], CancellationToken.None);

        outcomes[0].Value.Should().Be(WireValue.Of(2));
        outcomes[1].Status.Should().Be(CallStatus.TimedOut);
        outcomes[1].Message.Should().Be("did not return before the submission's time budget of 1.5 s was used up");
        outcomes.Skip(2).Should().OnlyContain(o => o.Status == CallStatus.NotRun && o.Message == "the submission's time budget of 1.5 s was used up");
        session.RunnerStarts.Should().Be(1);
    }

    [Fact]
    public async Task Cancelling_many_calls_stops_the_runner_and_the_session_carries_on()
    {
        await using var session = Factory.Open([HostileSubmission.Image]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(800));
        var (spin, _) = Spin(1);

        var many = () => session.InvokeManyAsync([One, (spin, TimeSpan.FromSeconds(30)), One], cancel.Token);
        await many.Should().ThrowAsync<OperationCanceledException>();
        var next = await session.Call(Method("Good", "One"));

        next.Value.Should().Be(WireValue.Of(1));
        session.RunnerStarts.Should().Be(2);
        session.Incidents.Should().BeEmpty();
    }

    [Fact]
    public async Task A_submission_that_cannot_be_loaded_leaves_every_call_not_run()
    {
        await using var session = Factory.Open([[1, 2, 3, 4]]);

        var outcomes = await session.InvokeManyAsync([One, Twice(1)], CancellationToken.None);

        outcomes.Should().OnlyContain(o => o.Status == CallStatus.NotRun
            && o.Message == "the runner could not load the submission: the assembly is not a valid .NET assembly");
        session.RunnerStarts.Should().Be(1);
    }
}
