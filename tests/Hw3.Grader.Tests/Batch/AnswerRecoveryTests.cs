using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Batch;
using Hw3.Grader.Batch.Recovery;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Reporting;
using Hw3.Grader.Submissions;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Batch;

public sealed class AnswerRecoveryTests
{
    private static SubmissionSource Source(params string[] files) =>
        new("student", files.Select((text, i) => new SourceFile($"F{i}.cs", text)).ToList(), [], [], "sha");

    private const string DoesNotCompile = """"
        public static class Q1
        {
            public static double InitScale(int d1, int d2) => undefinedName * 2;

            public static string WhyOnlyFanInMatters =>
                "Each output sums " +
                ("d1 " + @"""aligned"" ") + $"terms.";
        }

        public static class Q2
        {
            private const string Prefix = "With muP ";
            private const string Loop = Loop2;
            private const string Loop2 = Loop;

            public static string Observations { get { return Prefix + """
                the optimum stays put.
                """; } }

            public static string NotConstant => System.IO.File.ReadAllText("/etc/passwd");

            public static string WithHole => $"width {Width}";

            public static string Cycle => Loop;

            public static int Width = 3;
        }
        """";

    [Fact]
    public void Literal_strings_and_their_concatenations_are_read_from_a_source_that_does_not_compile()
    {
        var texts = AnswerRecovery.Recover(Source(DoesNotCompile), ["Q1.WhyOnlyFanInMatters", "Q2.Observations"]);

        texts.Should().Equal(new Dictionary<string, string>
        {
            ["Q1.WhyOnlyFanInMatters"] = "Each output sums d1 \"aligned\" terms.",
            ["Q2.Observations"] = "With muP the optimum stays put.",
        });
    }

    [Fact]
    public void A_call_an_interpolation_hole_a_constant_cycle_or_a_missing_member_is_not_read()
    {
        var texts = AnswerRecovery.Recover(Source(DoesNotCompile), ["Q2.NotConstant", "Q2.WithHole", "Q2.Cycle", "Q3.Figure1Plots", "NoDot"]);

        texts.Should().BeEmpty("nothing is run or bound: only text the student typed is read");
    }

    [Fact]
    public void A_deeply_nested_concatenation_is_not_followed_and_does_not_crash()
    {
        var deep = "public static class Q1 { public static string WhyOnlyFanInMatters => " + string.Concat(Enumerable.Repeat("(\"a\" + ", 5000)) + "\"b\"" + new string(')', 5000) + "; }";

        var texts = AnswerRecovery.Recover(Source(deep), ["Q1.WhyOnlyFanInMatters"]);

        texts.Should().BeEmpty();
    }

    [Fact]
    public void A_record_that_did_not_compile_gets_its_answers_read_or_marked_in_manual_csv()
    {
        var record = new StudentRecord
        {
            Key = "cy",
            StudentId = "cy",
            StudentName = "Cy",
            Status = SubmissionStatus.CompileError,
            Items = RealRubric.Rubric.Items.Where(i => i.IsManual)
                .Select(i => new RecordItem(i.Id, 0, 0, ItemStatus.Manual, i.Points, [], i.Targets.Select(t => new ManualAnswer(t.Member.Id, null)).ToList()))
                .ToList(),
        };

        var filled = RecoveredAnswers.Into(record, Source(DoesNotCompile));
        var manual = new ManualAnswersCsvExporter().Render(RealRubric.Rubric, [filled]);

        manual.Should().Contain("cy,Cy,cy,q1c,2,\"(read from the source; it did not compile) Each output sums d1 \"\"aligned\"\" terms.\"");
        manual.Should().Contain("cy,Cy,cy,q2e.notes,1,(read from the source; it did not compile) With muP the optimum stays put.");
        manual.Should().Contain("cy,Cy,cy,q3a.text,1,(could not be read: did not compile)");
        manual.Should().Contain("Q3.Desideratum1Why: (could not be read: did not compile)");
    }
}
