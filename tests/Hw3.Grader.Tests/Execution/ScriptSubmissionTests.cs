using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

public sealed class ScriptSubmissionTests
{
    private const string Submission = """
        using System;

        public static class Q1
        {
            public static double InitScale(int d1, int d2) => 1.0 / Math.Sqrt(d1);
        }

        public static class Q5
        {
            public static int ForwardOps(int layers, int every) => layers * every;
        }
        """;

    private static readonly RunnerFactory Factory = new(new RunnerOptions());

    [Fact]
    public async Task A_class_of_a_csx_submission_is_found_inside_the_script_class()
    {
        await using var session = Factory.Open([TestAssemblies.Script(Submission, "submission")]);

        var outcome = await session.Call(Method("Q1", "InitScale", ("int", WireValue.Of(16)), ("int", WireValue.Of(4))));

        outcome.Status.Should().Be(CallStatus.Returned, outcome.Message);
        outcome.Value.Should().Be(WireValue.Of(0.25));
    }

    [Fact]
    public async Task Evaluate_runs_an_eval_script_against_the_submission_and_returns_its_value()
    {
        var submission = TestAssemblies.Library(Submission);
        var eval = TestAssemblies.Script("Q1.InitScale(16, 4) * Q5.ForwardOps(2, 3)", "eval", submission);
        await using var session = Factory.Open([submission, eval]);

        var outcome = await session.EvaluateAsync(Ample, CancellationToken.None);

        outcome.Status.Should().Be(CallStatus.Returned, outcome.Message);
        outcome.Value.Should().Be(WireValue.Of(1.5));
    }

    [Fact]
    public async Task Evaluate_shows_a_value_of_any_other_type_as_invariant_text()
    {
        var submission = TestAssemblies.Library(Submission);
        var eval = TestAssemblies.Script("new System.Text.StringBuilder().Append(1.5).Append(';').Append(Q5.ForwardOps(2, 3))", "eval", submission);
        await using var session = Factory.Open([submission, eval]);

        var outcome = await session.EvaluateAsync(Ample, CancellationToken.None);

        outcome.Value.Should().Be(WireValue.Of("1.5;6"));
    }

    [Fact]
    public async Task Evaluate_reports_an_exception_of_the_script_as_threw()
    {
        var submission = TestAssemblies.Library(Submission);
        var eval = TestAssemblies.Script("Q1.InitScale(16, 4) > 0 ? throw new ArgumentException(\"nope\") : 1", "eval", submission);
        await using var session = Factory.Open([submission, eval]);

        var outcome = await session.EvaluateAsync(Ample, CancellationToken.None);

        outcome.Status.Should().Be(CallStatus.Threw);
        outcome.ExceptionType.Should().Be("ArgumentException");
        outcome.Message.Should().Be("nope");
    }
}
