using System.Globalization;
using Hw3.Grader.Reporting;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Tests.Reporting;

public sealed class GradescopeExporterTests
{
    private static readonly string[] GradescopeTopLevelKeys =
    [
        "score", "execution_time", "output", "output_format", "test_output_format", "test_name_format", "visibility",
        "stdout_visibility", "extra_data", "tests", "leaderboard",
    ];

    private static JObject Render(Hw3.Grader.Grading.GradeReport? report = null) =>
        JObject.Parse(new GradescopeExporter().Render(report ?? SampleReports.Report()));

    [Fact]
    public void The_file_is_results_json()
    {
        new GradescopeExporter().FileName.Should().Be("results.json");
    }

    [Fact]
    public void The_top_level_holds_the_gradescope_fields()
    {
        var json = Render();

        json.Properties().Select(p => p.Name).Should().BeSubsetOf(GradescopeTopLevelKeys);
        json.Value<double>("score").Should().Be(3.75);
        json.Value<double>("execution_time").Should().Be(1.23);
        json.Value<string>("output_format").Should().Be("md");
        json.Value<string>("visibility").Should().Be("visible");
        json.Value<string>("stdout_visibility").Should().Be("hidden");
        json["tests"].Should().BeOfType<JArray>().Which.Should().HaveCount(4);
        json["output"]!.Type.Should().Be(JTokenType.String);
    }

    [Fact]
    public void The_summary_gives_the_automatic_score_the_staff_points_and_fences_notes()
    {
        var output = Render().Value<string>("output")!;

        output.Should().StartWith("**EECS 182 Homework 3**: 3.75 / 8 automatic points. Free-text answers (2 points) are graded by staff.\n\n"
            + "| question | points | max |\n|---|---:|---:|\n| Q1 | 3.5 | 5 |\n| Q5 | 0.25 | 3 |\n\nCompiled and graded.");
        output.Should().Contain("Notes:\n\n```text\nIgnored (not C# source): notes.txt\n```");
        output.Should().NotContain("CS0168", "warnings are not compile errors");
    }

    [Fact]
    public void Compile_errors_are_listed_in_a_fence()
    {
        var report = SampleReports.Report() with
        {
            Diagnostics = [new Hw3.Grader.Protocol.Messages.CompileDiagnostic("Hw3.cs", 12, 5, "CS1002", Hw3.Grader.Protocol.Messages.CompileSeverity.Error, "; expected")],
        };

        Render(report).Value<string>("output").Should().Contain("Compile errors:\n\n```text\nHw3.cs:12:5: error CS1002: ; expected\n```");
    }

    [Fact]
    public void Each_item_is_a_test_named_by_id_and_title_with_its_score_status_and_visibility()
    {
        var tests = Render()["tests"]!.Cast<JObject>().ToList();

        tests.Select(t => t.Value<string>("name")).Should().Equal(
            "q1a.rms 1(a) E[RMS(Wx)²] at initialisation", "q1b.rms 1(b) E[RMS(y')²] of the sign update",
            "q5.general 5 the cost model on other networks", "q1c 1(c) why only d1 matters");
        tests.Select(t => t.Value<double>("score")).Should().Equal(2, 1.5, 0.25, 0);
        tests.Select(t => t.Value<double>("max_score")).Should().Equal(2, 3, 3, 0);
        tests.Take(3).Select(t => t.Value<string>("status")).Should().Equal("passed", "failed", "failed");
        tests.Select(t => t.Value<string>("visibility")).Should().Equal("visible", "visible", "after_due_date", "visible");
        tests.Should().OnlyContain(t => t.Value<string>("output")!.StartsWith("```text\n", StringComparison.Ordinal));
        tests[1].Value<string>("output").Should().Be("```text\n" + SampleReports.Partial.Details + "\n```");
    }

    [Fact]
    public void An_item_that_failed_says_failed_even_when_it_is_worth_no_points_and_one_not_run_says_failed_too()
    {
        var zeroPoints = SampleReports.Passed with { Id = "q0", Score = 0, MaxScore = 0, Status = Hw3.Grader.Grading.ItemStatus.Failed };
        var notRun = SampleReports.Passed with { Score = 0, Status = Hw3.Grader.Grading.ItemStatus.NotRun };

        var json = Render(SampleReports.Report(zeroPoints, notRun));

        json["tests"]!.Select(t => (string)t["status"]!).Should().Equal("failed", "failed");
        json["extra_data"]!["items"]!.Select(i => (string)i["status"]!).Should().Equal("failed", "not-run");
    }

    [Fact]
    public void A_manual_item_has_no_status()
    {
        var manual = Render()["tests"]!.Cast<JObject>().Single(t => t.Value<string>("name")!.StartsWith("q1c ", StringComparison.Ordinal));

        manual.ContainsKey("status").Should().BeFalse();
        manual.Value<double>("score").Should().Be(0);
        manual.Value<double>("max_score").Should().Be(0);
    }

    [Fact]
    public void Extra_data_identifies_the_grader_the_rubric_the_submission_and_the_seed()
    {
        var extra = (JObject)Render()["extra_data"]!;

        extra.Value<string>("grader_version").Should().Be("0.1.0");
        extra.Value<string>("rubric_sha256").Should().Be(new string('b', 64));
        extra.Value<string>("submission_sha256").Should().Be(new string('a', 64));
        extra.Value<int>("seed").Should().Be(182003);
        extra.Value<string>("submission").Should().Be("perfect");
        extra.Value<double>("max_score").Should().Be(8);
        extra.Value<double>("manual_points").Should().Be(2);
        extra.Value<string>("status").Should().Be("graded");
        extra["items"]![3]!["answers"]![0]!.ToObject<Dictionary<string, string>>().Should().Equal(
            new Dictionary<string, string> { ["member"] = "Q1.WhyOnlyFanInMatters", ["text"] = "Rank one." });
        extra["items"]!.Select(i => (string)i["status"]!).Should().Equal("passed", "partial", "partial", "manual");
        extra.Value<string>("student_output").Should().Be("hello from the student\n");
    }

    [Fact]
    public void The_same_report_renders_to_the_same_bytes_and_only_the_time_may_differ()
    {
        var exporter = new GradescopeExporter();
        var report = SampleReports.Report();

        var first = exporter.Render(report);
        var second = exporter.Render(report with { ExecutionTime = TimeSpan.FromSeconds(42) });

        exporter.Render(report).Should().Be(first);
        first.Split('\n').Except(second.Split('\n')).Should().ContainSingle().Which.Should().Contain("\"execution_time\": 1.23");
        first.Should().EndWith("}\n").And.NotContain("\r");
    }

    [Fact]
    public void Numbers_are_written_in_invariant_culture_under_a_decimal_comma_culture()
    {
        var exporter = new GradescopeExporter();
        var invariant = exporter.Render(SampleReports.Report());

        string german;
        using (CommaCulture.Use())
        {
            1.5.ToString(CultureInfo.CurrentCulture).Should().Be("1,5");
            german = exporter.Render(SampleReports.Report());
        }

        german.Should().Be(invariant);
        german.Should().Contain("\"score\": 3.75").And.Contain("3.75 / 8").And.NotContain("3,75").And.NotContain("1,5");
    }

    [Fact]
    public void Student_text_cannot_close_the_markdown_fence()
    {
        var hostile = "fine\n```\n# Full marks!\n<img src=x onerror=alert(1)>\n````\n   ```\n``````";
        var report = SampleReports.Report(SampleReports.Passed with { Details = hostile });

        var output = Render(report)["tests"]![0]!.Value<string>("output")!;

        MarkdownFences.ShouldFenceWhole(output, hostile);
    }
}
