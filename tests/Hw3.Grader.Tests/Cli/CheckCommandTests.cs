using System.Text.RegularExpressions;
using Hw3.Grader.Cli;
using Hw3.Grader.Reporting;
using Hw3.Grader.Reporting.Student;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Cli;

/// <summary>
/// <c>hw3 check</c> end to end on the samples that need no runner or one grading, and the printer on the template's golden
/// report (read back, not graded again), so the whole class costs one grading of the perfect sample.
/// </summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task The_perfect_sample_passes_every_item_a_student_can_check_and_names_the_rest_as_graded_after_submission()
    {
        var (now, later) = CheckCommand.Split(Hw3.Grader.Tests.Rubrics.RealRubric.Rubric);
        var automatic = now.Items.Count(i => !i.IsManual);

        var pictures = Directory.CreateTempSubdirectory("hw3-check-picture-");
        try
        {
            var (exitCode, output) = await CliRun.RunAsync("check", CliRun.Sample("perfect"), "--picture", pictures.FullName);

            exitCode.Should().Be(ExitCodes.Success, output);
            var png = await File.ReadAllBytesAsync(Path.Combine(pictures.FullName, "coordcheck.png"));
            png.Take(8).Should().Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "coordcheck.png is a PNG");
            output.Should().Contain("coordcheck.png: how much one Adam step changes each layer");
            PerfectOutput(output, automatic, later);
        }
        finally
        {
            pictures.Delete(recursive: true);
        }
    }

    private static void PerfectOutput(string output, int automatic, IReadOnlyList<string> later)
    {
        output.Should().Contain($"({automatic} of {automatic} items right)").And.NotContain("✗");
        // The console wraps long lines at its width; the sentence is one line of the printer's text.
        Regex.Replace(output, @"\s+", " ").Should().Contain("Graded after submission, not checked here: " + string.Join("; ", later));
        later.Should().Contain("5 the cost model on other networks").And.Contain("2(a) what the activation change grows with");
        output.Should().NotContain("q5.general").And.NotContain("q2a.growth");
    }

    [Fact]
    public async Task A_sample_that_does_not_compile_shows_each_error_once_with_a_caret_and_nothing_else()
    {
        var (exitCode, output) = await CliRun.RunAsync("check", CliRun.Sample("compile-error"));

        exitCode.Should().Be(ExitCodes.Success, output);
        var errors = output.Split('\n').Where(l => l.Contains(": error CS", StringComparison.Ordinal)).ToList();
        errors.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        output.Should().Contain("^\n").And.Contain("Nothing else was checked: your file has to compile first.")
            .And.NotContain("q1a.rms").And.NotContain("was not run");
    }

    [Fact]
    public async Task A_class_declared_twice_is_said_once_at_the_top_instead_of_its_ambiguous_call_errors()
    {
        var (exitCode, output) = await CliRun.RunAsync("check", CliRun.Sample("duplicate-class"));

        exitCode.Should().Be(ExitCodes.Success, output);
        output.Split("declared in more than one file").Should().HaveCount(2);
        output.Should().Contain("Hw3 (1).cs (Q1 line 6").And.Contain("Hw3.cs (Q1 line 6").And.NotContain("CS0121").And.NotContain("CS0101");
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_bad_invocation()
    {
        var (exitCode, output) = await CliRun.RunAsync("check", Path.Combine(Path.GetTempPath(), "hw3-nowhere-" + Guid.NewGuid().ToString("N"), "Hw3.cs"));

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("does not exist");
    }

    [Fact]
    public void On_the_template_every_item_fails_with_one_helpful_line_and_no_stack_trace()
    {
        var golden = File.ReadAllText(Path.Combine(Repository.Root, "Submissions", "samples", "template", "expected_results.json"));
        var report = GradescopeReader.Read(golden, "Hw3.cs").Report!;
        var checkedNow = report with { Items = report.Items.Where(i => Visibility.IsVisibleBeforeDeadline(i.Visibility)).ToList() };

        var text = StudentCheckPrinter.Render(new StudentCheck(checkedNow, [], [], []));

        var lines = text.Split('\n');
        var failing = checkedNow.Items.Where(i => !i.IsForStaff).ToList();
        failing.Should().NotBeEmpty().And.OnlyContain(i => i.Status != Hw3.Grader.Grading.ItemStatus.Passed);
        foreach (var item in failing)
        {
            var at = Array.FindIndex(lines, l => l.StartsWith("✗ " + item.Id + " ", StringComparison.Ordinal));
            at.Should().BeGreaterThan(0, item.Id);
            // One line under the item (and the call, when there is one): q6 asks for text, so nothing of it throws.
            lines[at + 1].Should().StartWith("    ").And.Contain(item.Id == "q6" ? "0 of 3 answered" : "is not implemented yet", item.Id);
            lines[at + 2].Should().Match(l => l.StartsWith("    the call: ", StringComparison.Ordinal) || !l.StartsWith("    ", StringComparison.Ordinal), item.Id);
        }

        text.Should().NotContain("   at ").And.NotContain("Exception:").And.NotContain("expected value");
    }
}
