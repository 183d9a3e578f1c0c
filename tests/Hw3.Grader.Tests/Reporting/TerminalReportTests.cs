using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Spectre.Console.Testing;

namespace Hw3.Grader.Tests.Reporting;

public sealed class TerminalReportTests
{
    private static string Write(GradeReport report, bool showDetails)
    {
        using var console = new TestConsole().Width(200);
        TerminalReport.Write(console, report, showDetails);
        return console.Output;
    }

    [Fact]
    public void Under_a_failing_call_staff_get_the_eval_line_on_the_path_they_graded()
    {
        var failing = SampleReports.Partial with
        {
            Finding = new StudentFinding("Q1.ExpectedSignUpdateRmsSquared(4, 1)", "Q1.ExpectedSignUpdateRmsSquared(4, 1) returned 16", null, null),
        };
        using var console = new TestConsole().Width(200);

        TerminalReport.Write(console, SampleReports.Report(failing), showDetails: true, "Submissions/samples/partial");

        console.Output.Should().Contain("Reproduce: ./hw3 eval Submissions/samples/partial 'Q1.ExpectedSignUpdateRmsSquared(4, 1)'");
    }

    [Fact]
    public void The_table_lists_every_item_with_its_score_max_and_reason()
    {
        var output = Write(SampleReports.Report(), showDetails: false);

        output.Should().Contain("EECS 182 Homework 3: perfect").And.Contain("Compiled and graded.");
        output.Should().MatchRegex(@"q1a\.rms\s*[│|]\s*2\s*[│|]\s*2\s*[│|]\s*correct on all 15 inputs");
        output.Should().MatchRegex(@"q1b\.rms\s*[│|]\s*1\.5\s*[│|]\s*3\s*[│|]\s*right growth, wrong constant");
        output.Should().MatchRegex(@"q5\.general\s*[│|]\s*0\.25\s*[│|]\s*3\s*[│|]");
        output.Should().MatchRegex(@"q1c\s*[│|]\s*staff\s*[│|]\s*2\s*[│|]\s*for staff: 1 of 1 answers collected");
        output.Should().MatchRegex(@"total\s*[│|]\s*3\.75\s*[│|]\s*8\s*[│|]\s*\+ 2 points graded by staff");
        output.Should().Contain("note: Ignored (not C# source): notes.txt");
    }

    [Fact]
    public void Details_of_failed_and_partial_items_are_shown_only_when_asked()
    {
        var without = Write(SampleReports.Report(), showDetails: false);
        var with = Write(SampleReports.Report(), showDetails: true);

        without.Should().NotContain("Hint: Right growth in d1").And.NotContain("✗ Q5.ForwardOps");
        with.Should().Contain("Hint: Right growth in d1").And.Contain("✗ Q5.ForwardOps");
        with.Should().NotContain("✓ Q1.ExpectedRmsSquaredAtInit", "passed items need no details");
        with.Should().NotContain("Staff grade this item by hand", "free text is for staff, not a failure to explain");
    }

    [Fact]
    public void Markup_in_student_influenced_text_is_printed_literally()
    {
        var item = SampleReports.Partial with
        {
            Title = "[red]title[/]",
            Reason = "answered \"[bold]x[/]\", [unclosed",
            Details = "[link=http://example.com]click[/] [/]",
        };
        var report = SampleReports.Report(item) with
        {
            SubmissionName = "[blink]me[/]",
            Summary = "Nothing could be graded: [b].cs is not UTF-8 text.",
            Notes = ["[yellow]note[/"],
            Diagnostics = [new Hw3.Grader.Protocol.Messages.CompileDiagnostic("[a].cs", 1, 1, "CS1002", Hw3.Grader.Protocol.Messages.CompileSeverity.Error, "[x] expected")],
        };

        var output = Write(report, showDetails: true);

        output.Should().Contain("[blink]me[/]").And.Contain("answered \"[bold]x[/]\", [unclosed").And.Contain("[red]title[/]")
            .And.Contain("[link=http://example.com]click[/] [/]").And.Contain("[b].cs is not UTF-8 text").And.Contain("[yellow]note[/")
            .And.Contain("[a].cs:1:1: error CS1002: [x] expected");
    }

    [Fact]
    public void Points_are_written_in_invariant_culture_under_a_decimal_comma_culture()
    {
        string output;
        using (CommaCulture.Use())
        {
            output = Write(SampleReports.Report(), showDetails: false);
        }

        output.Should().Contain("1.5").And.Contain("3.75").And.NotContain("1,5").And.NotContain("3,75");
    }
}
