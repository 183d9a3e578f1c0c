using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

public sealed class BudgetAndLoadTests
{
    [Fact]
    public async Task Once_the_submission_budget_is_used_up_the_remaining_calls_are_not_run()
    {
        var options = new RunnerOptions { SubmissionBudget = TimeSpan.FromSeconds(1.5) };
        await using var session = new RunnerFactory(options).Open([HostileSubmission.Image]);

        var forever = await session.Call(Method("Bad", "Forever"), TimeSpan.FromSeconds(30));
        var next = await session.Call(Method("Good", "One"));

        forever.Status.Should().Be(CallStatus.TimedOut);
        forever.Message.Should().Be("did not return before the submission's time budget of 1.5 s was used up");
        next.Status.Should().Be(CallStatus.NotRun);
        next.Message.Should().Be("the submission's time budget of 1.5 s was used up");
        session.RunnerStarts.Should().Be(1);
    }

    [Fact]
    public async Task An_image_that_is_not_an_assembly_makes_every_call_not_run_without_restarting()
    {
        await using var session = new RunnerFactory(new RunnerOptions()).Open([[1, 2, 3, 4]]);

        var first = await session.Call(Method("Good", "One"));
        var second = await session.Call(Method("Good", "One"));

        first.Status.Should().Be(CallStatus.NotRun);
        first.Message.Should().Be("the runner could not load the submission: the assembly is not a valid .NET assembly");
        second.Status.Should().Be(CallStatus.NotRun);
        session.RunnerStarts.Should().Be(1);
        session.Incidents.Should().Equal("the runner could not load the submission: the assembly is not a valid .NET assembly");
    }
}
