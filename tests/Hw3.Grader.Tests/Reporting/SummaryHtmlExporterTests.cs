using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Grading;
using System.Text;
using System.Text.RegularExpressions;
using Hw3.Grader.Batch;
using Hw3.Grader.Reporting;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Reporting;

public sealed partial class SummaryHtmlExporterTests
{
    private const string Hostile = "<script>alert('x')</script><img src=http://evil.example/x>";

    private static StudentRecord Record(string key, string name, SubmissionStatus status, double fraction, string? mistake = null, bool reported = true) => new()
    {
        Key = key,
        StudentId = key,
        StudentName = name,
        Status = status,
        SubmissionSha256 = reported ? "ab" : "",
        MaxScore = RealRubric.Rubric.AutoPoints,
        Score = RealRubric.Rubric.Items.Where(i => !i.IsManual).Sum(i => i.Points * fraction),
        Items = RealRubric.Rubric.Items.Where(i => !i.IsManual)
            .Select(i => new RecordItem(i.Id, i.Points * fraction, i.Points, fraction >= 1 ? ItemStatus.Passed : ItemStatus.Failed, 0, mistake is null ? [] : [mistake], []))
            .ToList(),
    };

    private static string Render(params StudentRecord[] records)
    {
        var outcome = new BatchOutcome(records, records.Length, 0, [], TimeSpan.FromSeconds(3));
        return new SummaryHtmlExporter().Render(RealRubric.Rubric, ClassStatistics.Compute(RealRubric.Rubric, records), outcome, "1.2.3");
    }

    private static readonly StudentRecord[] Class =
    [
        Record("ada", "Ada Lovelace", SubmissionStatus.Graded, 1),
        Record("bob", Hostile, SubmissionStatus.Graded, 0.5, mistake: Hostile),
        Record("cy & <co>", "Cy", SubmissionStatus.CompileError, 0),
        Record("dee", "Dee", SubmissionStatus.GraderError, 0, reported: false),
    ];

    [Fact]
    public void Student_supplied_text_is_html_escaped_wherever_it_appears()
    {
        var html = Render(Class);

        html.Should().NotContain("<script").And.NotContain("<img src=http");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "the name and the mistake are shown, as text");
        html.Should().Contain("<a href=\"cy%20%26%20%3Cco%3E/results.json\">cy &amp; &lt;co&gt;</a>", "a folder name is escaped in the link and in its text");
    }

    [Fact]
    public void The_page_opens_offline_with_its_charts_inline_and_loads_nothing()
    {
        var html = Render(Class);

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("default-src 'none'");
        html.Should().NotContainAny("src=\"http", "href=\"http", "src=\"//", "href=\"//", "<link", "<script", "url(", "@import");
        var charts = ChartImage().Matches(html);
        charts.Should().HaveCount(2, "a score histogram and the pass rates");
        foreach (Match chart in charts)
        {
            var svg = Encoding.UTF8.GetString(Convert.FromBase64String(chart.Groups[1].Value));
            svg.Should().Contain("<svg");
        }

        Encoding.UTF8.GetString(Convert.FromBase64String(charts[1].Groups[1].Value)).Should().Contain("q1b.scale", "the pass-rate chart names the items");
    }

    [Fact]
    public void Each_student_with_a_report_is_linked_and_the_sections_a_ta_reads_are_there()
    {
        var html = Render(Class);

        html.Should().Contain("<a href=\"ada/results.json\">ada</a>").And.Contain("<a href=\"bob/results.json\">bob</a>");
        html.Should().NotContain("dee/results.json", "a grading failure wrote no report to link to");
        html.Should().Contain("<h2>Score histogram</h2>").And.Contain("<h2>Pass rate per item</h2>")
            .And.Contain("<h2>Frequent mistakes</h2>").And.Contain("<h2>Did not compile</h2>").And.Contain("<h2>Students</h2>");
        html.Should().Contain("4 submissions (1 compile-error, 2 graded, 1 grader-error)");
    }

    [Fact]
    public void The_same_class_renders_the_same_page()
    {
        Render(Class).Should().Be(Render(Class));
    }

    [GeneratedRegex("<img alt=\"[^\"]*\" src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\">")]
    private static partial Regex ChartImage();
}
