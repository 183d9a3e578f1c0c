using System.Globalization;
using System.Net;
using System.Text;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Batch.Exports;

/// <summary>
/// <c>summary.html</c>: the class report a TA looks at, one static page that opens offline. Everything is inline (the
/// charts are SVG images in data: URLs, the style sheet is in the page) and its Content-Security-Policy forbids
/// loading anything else, so it works without a network and nothing in it can fetch or run. Every piece of text is
/// HTML-encoded, a student's name and a submission's folder name above all; links to each report are relative.
/// </summary>
public sealed class SummaryHtmlExporter
{
    public const string FileName = "summary.html";

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}
        table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}
        td.n{text-align:right}img{max-width:100%}.muted{color:#666}
        """;

    public string Render(Rubric rubric, ClassStatistics statistics, BatchOutcome outcome, string graderVersion)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<title>").Append(Text(rubric.Title)).Append(" - class summary</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Text(rubric.Title)).Append("</h1>\n<p>")
            .Append(Invariant($"{statistics.Submissions} submissions ("))
            .Append(Text(string.Join(", ", statistics.Statuses.Select(s => Invariant($"{s.Value} {s.Key}")))))
            .Append(Invariant($"); automatic score: mean {statistics.MeanScore:0.##}, median {statistics.MedianScore:0.##} of {statistics.MaxScore:0.##}."))
            .Append("</p>\n<p class=\"muted\">grader ").Append(Text(graderVersion)).Append(", rubric ").Append(Text(rubric.Sha256[..Math.Min(12, rubric.Sha256.Length)])).Append("</p>\n");

        html.Append("<h2>Score histogram</h2>\n").Append(Chart(ClassCharts.ScoreHistogram(statistics), "score histogram"));
        html.Append("<h2>Pass rate per item</h2>\n").Append(Chart(ClassCharts.PassRates(statistics), "pass rate per item"));
        Table(html, ["item", "pass rate", "mean", "points"], statistics.Items.Select(i => new[]
        {
            Text(i.Id), Number(Invariant($"{i.PassRate * 100:0.#}%")), Number(Invariant($"{i.MeanScore:0.##}")), Number(Invariant($"{i.Points:0.##}")),
        }));

        html.Append("<h2>Frequent mistakes</h2>\n");
        if (statistics.Mistakes.Count == 0)
        {
            html.Append("<p class=\"muted\">no known mistake was seen</p>\n");
        }
        else
        {
            Table(html, ["item", "known mistake", "students"], statistics.Mistakes.Select(m => new[]
            {
                Text(m.Item), Text(m.Mistake), Number(m.Count.ToString(CultureInfo.InvariantCulture)),
            }));
        }

        var byKey = outcome.Records.ToDictionary(r => r.Key, StringComparer.Ordinal);
        html.Append("<h2>Did not compile</h2>\n");
        html.Append(statistics.CompileFailures.Count == 0
            ? "<p class=\"muted\">every submission compiled</p>\n"
            : "<ul>\n" + string.Concat(statistics.CompileFailures.Select(k => "<li>" + Submission(byKey.GetValueOrDefault(k), k) + "</li>\n")) + "</ul>\n");

        html.Append("<h2>Students</h2>\n");
        Table(html, ["submission", "name", "status", "score"], outcome.Records.Select(r => new[]
        {
            Submission(r, r.Key), Text(r.StudentName), Text(StatusNames.Of(r.Status)), Number(Invariant($"{r.Score:0.##} / {r.MaxScore:0.##}")),
        }));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A link to the submission's results.json when one was written (a record of a grading failure has none).</summary>
    private static string Submission(StudentRecord? record, string key) =>
        record is null || record.SubmissionSha256.Length == 0
            ? Text(key)
            : "<a href=\"" + Text(Uri.EscapeDataString(key) + "/" + ReportStore.ResultsFileName) + "\">" + Text(key) + "</a>";

    private static string Chart(string svg, string description) =>
        "<p><img alt=\"" + Text(description) + "\" src=\"data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)) + "\"></p>\n";

    private static void Table(StringBuilder html, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<table>\n<tr>").Append(string.Concat(headers.Select(h => "<th>" + Text(h) + "</th>"))).Append("</tr>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>").Append(string.Concat(row.Select(cell => cell.StartsWith("<td", StringComparison.Ordinal) ? cell : "<td>" + cell + "</td>"))).Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Number(string text) => "<td class=\"n\">" + Text(text) + "</td>";

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
