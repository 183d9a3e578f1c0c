using System.Globalization;
using Hw3.Grader.Reporting;
using Hw3.Grader.Rubrics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Batch.Exports;

/// <summary><c>summary.json</c>: the class statistics of a batch, for scripts and dashboards.</summary>
public sealed class SummaryJsonExporter
{
    public const string FileName = "summary.json";

    public string Render(Rubric rubric, ClassStatistics statistics, BatchOutcome outcome, string graderVersion)
    {
        var summary = new JObject
        {
            ["rubric"] = rubric.Title,
            ["rubric_sha256"] = rubric.Sha256,
            ["grader_version"] = graderVersion,
            ["submissions"] = statistics.Submissions,
            ["graded_this_run"] = outcome.Graded,
            ["skipped_as_current"] = outcome.Skipped,
            ["wall_seconds"] = Math.Round(outcome.Elapsed.TotalSeconds, 2),
            ["max_score"] = statistics.MaxScore,
            ["mean_score"] = statistics.MeanScore,
            ["median_score"] = statistics.MedianScore,
            ["statuses"] = JObject.FromObject(statistics.Statuses),
            ["histogram"] = new JArray(statistics.Histogram.Select(b => new JObject { ["low"] = b.Low, ["high"] = b.High, ["count"] = b.Count })),
            ["items"] = new JArray(statistics.Items.Select(i => new JObject
            {
                ["id"] = i.Id, ["points"] = i.Points, ["pass_rate"] = i.PassRate, ["mean_score"] = i.MeanScore,
            })),
            ["questions"] = new JArray(statistics.Questions.Select(q => new JObject { ["question"] = q.Question, ["mean_score"] = q.Score, ["max_score"] = q.MaxScore })),
            ["frequent_mistakes"] = new JArray(statistics.Mistakes.Select(m => new JObject { ["item"] = m.Item, ["mistake"] = m.Mistake, ["count"] = m.Count })),
            ["compile_failures"] = new JArray(statistics.CompileFailures),
            ["timed_out"] = new JArray(statistics.TimedOut),
            ["grader_errors"] = new JArray(statistics.GraderErrors),
            ["slowest"] = new JArray(statistics.Slowest.Select(s => new JObject { ["submission"] = s.Key, ["seconds"] = s.Seconds })),
            ["score_changes"] = new JArray(outcome.Changes.Select(c => new JObject
            {
                ["submission"] = c.Key, ["old"] = c.Old, ["new"] = c.New, ["delta"] = c.Delta,
            })),
        };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Culture = CultureInfo.InvariantCulture })
        {
            summary.WriteTo(writer);
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
