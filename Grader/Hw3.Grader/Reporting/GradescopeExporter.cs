using System.Globalization;
using System.Text;
using Hw3.Grader.Grading;
using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>
/// Gradescope's <c>results.json</c>. Same report in, same bytes out (but for <c>execution_time</c>):
/// items in rubric order, invariant culture, no machine paths.
/// </summary>
public sealed class GradescopeExporter : IReportExporter
{
    public string FileName => "results.json";

    public string Render(GradeReport report)
    {
        var results = new GradescopeResults
        {
            Score = report.Score,
            ExecutionTime = Math.Round(report.ExecutionTime.TotalSeconds, 2),
            Output = Summary(report),
            Tests = report.Items.Select(ToTest).ToList(),
            ExtraData = new GradescopeExtraData
            {
                GraderVersion = report.GraderVersion,
                RubricSha256 = report.RubricSha256,
                SubmissionSha256 = report.SubmissionSha256,
                Seed = report.Seed,
                Submission = report.SubmissionName,
                MaxAutoScore = report.MaxScore,
                ManualPoints = report.ManualPoints,
                ManualAnswers = report.Items.SelectMany(i => i.Answers).Where(a => a.Member.Length > 0)
                    .GroupBy(a => a.Member, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal),
                StudentOutput = report.StudentOutput,
                StudentOutputDroppedBytes = report.StudentOutputDroppedBytes,
            },
        };
        var settings = new JsonSerializerSettings
        {
            Formatting = Formatting.Indented,
            Culture = CultureInfo.InvariantCulture,
            FloatFormatHandling = FloatFormatHandling.DefaultValue,
        };
        return JsonConvert.SerializeObject(results, settings).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static GradescopeTest ToTest(ItemResult item) => new()
    {
        Name = $"{item.Id} {item.Title}",
        Score = item.Score,
        MaxScore = item.MaxScore,
        Status = item.IsManual ? null : item.Score >= item.MaxScore ? "passed" : "failed",
        Output = Markdown.Fence(item.Details),
        Visibility = item.Visibility,
    };

    private static string Summary(GradeReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{report.RubricTitle}**: {Points(report.Score)} / {Points(report.MaxScore)} automatic points.");
        if (report.ManualPoints > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Free-text answers ({Points(report.ManualPoints)} points) are graded by staff.");
        }

        text.Append("\n\n").Append(Markdown.Escape(report.Summary));
        var errors = report.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            text.Append("\n\nCompile errors:\n\n").Append(Markdown.Fence(string.Join("\n", errors.Select(d => d.ToString()))));
        }

        if (report.Notes.Count > 0)
        {
            text.Append("\n\nNotes:\n\n").Append(Markdown.Fence(string.Join("\n", report.Notes)));
        }

        return text.ToString();
    }

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
