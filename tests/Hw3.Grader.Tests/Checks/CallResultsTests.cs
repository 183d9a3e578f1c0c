using Hw3.Grader.Checks;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Tests.Checks;

public sealed class CallResultsTests
{
    private static readonly MemberCall InitScale = new("Q1", "InitScale", ["int", "int"], [WireValue.Of(16), WireValue.Of(4)]);

    [Fact]
    public void A_call_is_looked_up_by_its_key()
    {
        var outcome = CallOutcome.Returned(WireValue.Of(0.25), 1);
        var results = new CallResults(new Dictionary<string, CallOutcome> { ["Q1.InitScale(16, 4)"] = outcome }, "perfect");

        results[InitScale with { Arguments = [WireValue.Of(16), WireValue.Of(4)] }].Should().BeSameAs(outcome);
    }

    [Fact]
    public void A_call_that_was_never_made_is_not_run()
    {
        var results = new CallResults(new Dictionary<string, CallOutcome>(), "perfect");

        results[InitScale].Status.Should().Be(CallStatus.NotRun);
    }

    [Fact]
    public void The_call_line_students_read_is_the_expression_alone()
    {
        CallResults.CallLine(InitScale).Should().Be("Call: Q1.InitScale(16, 4)");
    }

    [Theory]
    [InlineData("Submissions/samples/perfect", "Reproduce: ./hw3 eval Submissions/samples/perfect 'Q1.InitScale(16, 4)'")]
    [InlineData("/home/ta/graded/alice_1.cs", "Reproduce: ./hw3 eval /home/ta/graded/alice_1.cs 'Q1.InitScale(16, 4)'")]
    [InlineData("my submission", "Reproduce: ./hw3 eval 'my submission' 'Q1.InitScale(16, 4)'")]
    [InlineData("it's; rm -rf ~", "Reproduce: ./hw3 eval 'it'\\''s; rm -rf ~' 'Q1.InitScale(16, 4)'")]
    public void The_staff_reproduce_line_quotes_the_path_and_the_expression_for_the_shell(string path, string expected)
    {
        StaffReproduction.Line(path, InitScale.Key).Should().Be(expected);
    }

    [Fact]
    public void Every_planned_call_can_fail_the_same_way()
    {
        var outcome = CallOutcome.Failed(CallStatus.NotRun, "was not run: the submission did not compile");

        var results = CallResults.AllFailed([InitScale, InitScale, new MemberCall("Q2", "Observations", null, [])], outcome, "broken");

        results[InitScale].Should().BeSameAs(outcome);
        results[new MemberCall("Q2", "Observations", null, [])].Should().BeSameAs(outcome);
        results.SubmissionName.Should().Be("broken");
    }
}
