using System.Text;
using Hw3.Grader.Execution.Output;
using Hw3.Grader.Execution.Wording;

namespace Hw3.Grader.Tests.Execution;

public sealed class CrashClassifierTests
{
    private static CrashSignals Printed(params string[] chunks)
    {
        var signals = new CrashSignals();
        foreach (var chunk in chunks)
        {
            var bytes = Encoding.UTF8.GetBytes(chunk);
            signals.Append(bytes, bytes.Length);
        }

        return signals;
    }

    [Fact]
    public void A_stack_overflow_is_recognised_even_when_the_message_is_split_across_reads()
    {
        var crash = CrashClassifier.Classify(Printed("noise\nStack over", "flow.\nRepeated 1000 times:"), 134);

        crash.Outcome.Should().Be("crashed with a stack overflow (unbounded recursion?)");
        crash.Incident.Should().Be("crashed with a stack overflow");
    }

    [Fact]
    public void Running_into_the_heap_limit_is_out_of_memory()
    {
        var crash = CrashClassifier.Classify(Printed("Unhandled exception. System.OutOfMemoryException: Insufficient memory"), 134);

        crash.Outcome.Should().Be("ran out of memory");
    }

    [Fact]
    public void An_unhandled_exception_names_its_first_line()
    {
        var crash = CrashClassifier.Classify(Printed("Unhandled exception. System.InvalidOperationException: late\n   at Bad.<>c.<LateThrow>b__0()\n"), 134);

        crash.Outcome.Should().EndWith(": System.InvalidOperationException: late");
        crash.Incident.Should().Be("crashed with an unhandled exception");
    }

    [Fact]
    public void A_plain_exit_names_its_exit_code_and_a_live_process_closed_the_channel()
    {
        CrashClassifier.Classify(Printed(), 42).Outcome
            .Should().Be("ended the runner process (exit code 42) without answering — e.g. Environment.Exit");
        CrashClassifier.Classify(Printed(), null).Incident.Should().Be("closed its connection to the grader");
    }

    [Fact]
    public void Only_what_was_printed_after_a_reset_counts()
    {
        var signals = Printed("Stack overflow.");
        signals.Reset();

        CrashClassifier.Classify(signals, 0).Incident.Should().Be("ended (exit code 0) without answering");
    }
}
