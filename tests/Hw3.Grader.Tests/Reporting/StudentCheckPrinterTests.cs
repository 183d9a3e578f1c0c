using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Reporting.Student;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Reporting;

public sealed class StudentCheckPrinterTests
{
    private static readonly ItemResult WrongScale = new(
        "q1a.scale", "1(a) constant that makes E[RMS²] = 1", 0, 2, ItemStatus.Failed, "wrong value",
        "✗ Q1.InitScale(int d1, int d2)\nQ1.InitScale(64, 256) returned 0.0039, which is not the expected value; expected 0.125.\nCall: Q1.InitScale(64, 256)",
        Visibility.Visible, 0, [], [])
    {
        Finding = new StudentFinding("Q1.InitScale(64, 256)", "Q1.InitScale(64, 256) returned 0.0039", null, "c·Wx should have RMS about 1 at every width"),
    };

    private static readonly ItemResult KnownMistake = WrongScale with
    {
        Id = "q1b.scale",
        Finding = new StudentFinding("Q1.SignUpdateScale(4, 1)", "Q1.SignUpdateScale(4, 1) returned 0.5", "Your scale uses the number of outputs.", "ignored when a mistake matches"),
    };

    [Fact]
    public void A_failing_item_gets_one_sentence_with_the_call_what_came_back_and_the_property_never_its_details()
    {
        var text = Render(SampleReports.Report(SampleReports.Passed, WrongScale));

        text.Should().Contain("✗ q1a.scale  0 / 2  1(a) constant that makes E[RMS²] = 1\n" +
                              "    Q1.InitScale(64, 256) returned 0.0039: c·Wx should have RMS about 1 at every width.\n" +
                              "    the call: Q1.InitScale(64, 256)\n")
            .And.Contain("✓ q1a.rms    2 / 2")
            .And.NotContain("0.125").And.NotContain("expected").And.NotContain("./hw3");
    }

    [Fact]
    public void A_known_mistake_is_told_instead_of_the_property()
    {
        var text = Render(SampleReports.Report(KnownMistake));

        text.Should().Contain("Q1.SignUpdateScale(4, 1) returned 0.5: your scale uses the number of outputs.")
            .And.NotContain("ignored when a mistake matches");
    }

    [Fact]
    public void It_ends_with_the_visible_score_and_what_is_graded_after_submission()
    {
        var text = Render(SampleReports.Report(SampleReports.Passed, WrongScale, SampleReports.Manual), later: ["5 the cost model on other networks"]);

        text.Should().EndWith("Score on what can be checked now: 2 / 4 points (1 of 2 items right).\n" +
                              "Graded after submission, not checked here: 5 the cost model on other networks; and your free-text answers (2 points, read by staff).\n");
    }

    [Fact]
    public void The_students_own_output_is_shown_capped_and_marked_as_theirs()
    {
        var noisy = SampleReports.Report(WrongScale) with { StudentOutput = string.Concat(Enumerable.Range(1, 100).Select(i => $"step {i}\n")) };

        var text = Render(noisy);

        text.Should().Contain($"Your code printed this (Console output; the first {StudentCheckPrinter.MaxOutputLines} lines are shown):\n  | step 1\n")
            .And.Contain($"  | step {StudentCheckPrinter.MaxOutputLines}\n").And.NotContain($"step {StudentCheckPrinter.MaxOutputLines + 1}\n");
    }

    [Fact]
    public void Compile_errors_show_once_each_with_the_source_line_and_a_caret_and_then_that_nothing_else_was_checked()
    {
        var error = CompileDiagnostic.Error("Hw3.cs", 2, 9, "CS1002", "; expected");
        var report = SampleReports.Report(WrongScale) with
        {
            Status = SubmissionStatus.CompileError,
            Diagnostics = [error, error, CompileDiagnostic.Error("Hw3.cs", 3, 2, "CS0103", "The name 'y' does not exist in the current context")],
        };

        var text = Render(report, sources: [new StudentSource("Hw3.cs", "class Q1 {\n\tint x = 1\n\ty++;\n}\n")]);

        text.Should().Contain("Hw3.cs:2:9: error CS1002: ; expected\n    \tint x = 1\n    \t       ^\n" +
                              "Hw3.cs:3:2: error CS0103: The name 'y' does not exist in the current context\n    \ty++;\n    \t^\n\n" +
                              "Nothing else was checked: your file has to compile first. Fix the errors above and check again.\n");
        text.Split("CS1002").Should().HaveCount(2, "each error is shown once");
        text.Should().NotContain("q1a.scale").And.NotContain("Score on what can be checked");
    }

    [Fact]
    public void A_declaration_problem_is_said_once_at_the_top_instead_of_the_errors_it_causes()
    {
        var report = SampleReports.Report(WrongScale) with
        {
            Status = SubmissionStatus.CompileError,
            Diagnostics = Enumerable.Range(1, 34).Select(i => CompileDiagnostic.Error("Hw3.cs", i, 1, "CS0121", "The call is ambiguous")).ToList(),
        };

        var text = Render(report, layout: ["Q1 is declared twice: Hw3.cs line 10 and Hw3 (1).cs line 10. Keep one of the files."]);

        text.Should().StartWith("Checking perfect: EECS 182 Homework 3, the items you can check before the due date.\n\n" +
                                "✗ Q1 is declared twice: Hw3.cs line 10 and Hw3 (1).cs line 10. Keep one of the files.\n" +
                                "Fix this first: it can cause all 34 of the compile errors, which are not listed here.\n\n" +
                                "Nothing else was checked: fix this and check again.\n\n")
            .And.NotContain("CS0121");
    }

    [Fact]
    public void The_same_report_gives_the_same_text()
    {
        Render(SampleReports.Report(WrongScale, KnownMistake)).Should().Be(Render(SampleReports.Report(WrongScale, KnownMistake)));
    }

    private static string Render(GradeReport report, IReadOnlyList<string>? later = null, IReadOnlyList<StudentSource>? sources = null, IReadOnlyList<string>? layout = null) =>
        StudentCheckPrinter.Render(new StudentCheck(report, later ?? [], sources ?? [], layout ?? []));
}
