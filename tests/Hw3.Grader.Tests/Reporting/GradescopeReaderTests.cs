using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Reporting;

namespace Hw3.Grader.Tests.Reporting;

public sealed class GradescopeReaderTests
{
    private static readonly GradescopeExporter Exporter = new();

    private static GradeReport ReadBack(string json) =>
        GradescopeReader.Read(json, "alice/results.json").Report ?? throw new InvalidOperationException(GradescopeReader.Read(json, "alice/results.json").Error);

    [Fact]
    public void A_written_report_reads_back_into_the_model_that_renders_the_same_bytes()
    {
        var hostile = "``` closes a fence?\n````\n**bold** <b>html</b> | table";
        var report = SampleReports.Report(
            SampleReports.Passed with { Details = hostile },
            SampleReports.Partial,
            SampleReports.Hidden,
            StaffGrade.Apply(SampleReports.Manual, 1.5, "Good, but ``` missing the rank argument"),
            SampleReports.Manual with { Id = "q3a.text", Answers = [new ManualAnswer("Q3.Text", null)] }) with
        {
            Status = SubmissionStatus.TimedOut,
            Diagnostics = [new CompileDiagnostic("Hw3.cs", 12, 5, "CS1002", CompileSeverity.Error, "; expected")],
        };
        var written = Exporter.Render(report);

        var read = ReadBack(written);

        Exporter.Render(read).Should().Be(written);
        read.Status.Should().Be(SubmissionStatus.TimedOut);
        read.Items[0].Details.Should().Be(hostile);
        read.Items[3].StaffComment.Should().Be("Good, but ``` missing the rank argument");
        read.Items[4].Answers.Should().Equal(new ManualAnswer("Q3.Text", null));
        read.Should().BeEquivalentTo(report, o => o.Excluding(r => r.ExecutionTime));
    }

    [Fact]
    public void Text_that_looks_like_a_date_stays_text()
    {
        var report = SampleReports.Report(SampleReports.Passed with { Reason = "2025-01-01T00:00:00Z" });

        ReadBack(Exporter.Render(report)).Items[0].Reason.Should().Be("2025-01-01T00:00:00Z");
    }

    [Fact]
    public void A_file_that_is_not_json_is_refused_naming_the_file_and_the_line()
    {
        var reading = GradescopeReader.Read("{\n  \"score\": 1,\n  \"tests\": [ oops ]\n}", "alice/results.json");

        reading.Report.Should().BeNull();
        reading.Error.Should().StartWith("alice/results.json: not a results.json this grader wrote").And.Contain("line 3");
    }

    [Fact]
    public void An_unknown_item_status_is_refused_naming_the_line_and_what_was_expected()
    {
        var written = Exporter.Render(SampleReports.Report()).Replace("\"status\": \"partial\"", "\"status\": \"so-so\"");
        var line = written[..written.IndexOf("\"so-so\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var reading = GradescopeReader.Read(written, "alice/results.json");

        reading.Error.Should().Be($"alice/results.json line {line}: extra_data.items[1].status: expected an item status, found \"so-so\"");
    }

    [Fact]
    public void A_report_of_an_older_grader_without_the_items_is_refused_with_the_way_out()
    {
        var reading = GradescopeReader.Read("""{ "score": 1, "tests": [ { "name": "q1 First", "output": "x" } ], "extra_data": {} }""", "bob/results.json");

        reading.Error.Should().Contain("bob/results.json line 1: extra_data: expected extra_data.items, one for each of the 1 tests").And.Contain("grade it again");
    }

    [Fact]
    public void Unfence_undoes_fence_whatever_the_text_holds()
    {
        foreach (var text in new[] { "", "a", "```", "a\n```\nb", "````x", "\n", "`" })
        {
            Markdown.Unfence(Markdown.Fence(text)).Should().Be(text);
        }

        Markdown.Unfence("no fence").Should().BeNull();
    }
}
