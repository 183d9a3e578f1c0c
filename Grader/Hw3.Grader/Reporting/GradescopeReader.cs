using System.Globalization;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Messages;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Reporting;

/// <summary>
/// Turns a results.json that <see cref="GradescopeExporter"/> wrote back into the <see cref="GradeReport"/> it
/// rendered, by its explicit property names: <c>tests[]</c> for scores, details and visibility, <c>extra_data</c>
/// for the rest. Rendering the result again gives the same bytes, so a regrade (<c>--only</c>) or a staff grade
/// merges on the model and never edits rendered text. Totals and the roll-up are not read: the model computes them.
/// </summary>
public static class GradescopeReader
{
    /// <param name="name">How errors name the file (a path relative to what the user gave).</param>
    public static ReportReading Read(string json, string name)
    {
        JObject root;
        GradescopeResults results;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            root = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
            results = root.ToObject<GradescopeResults>(JsonSerializer.Create(GradescopeExporter.Settings))!;
        }
        catch (JsonException e)
        {
            return ReportReading.Failed($"{name}: not a results.json this grader wrote ({e.Message})");
        }

        var extra = results.ExtraData;
        if (root["extra_data"]?["items"] is not JArray || extra.Items.Count != results.Tests.Count)
        {
            return Failed(name, root, "extra_data", $"extra_data.items, one for each of the {results.Tests.Count} tests (a report of an older grader: grade it again)");
        }

        if (!StatusNames.TryParse(extra.Status, out SubmissionStatus status))
        {
            return Failed(name, root, "extra_data.status", $"a submission status, found \"{extra.Status}\"");
        }

        var diagnostics = new List<CompileDiagnostic>(extra.Diagnostics.Count);
        for (var i = 0; i < extra.Diagnostics.Count; i++)
        {
            var d = extra.Diagnostics[i];
            if (CompileSeverityText.Parse(d.Severity) is not { } severity)
            {
                return Failed(name, root, $"extra_data.diagnostics[{i}].severity", $"error or warning, found \"{d.Severity}\"");
            }

            diagnostics.Add(new CompileDiagnostic(d.File, d.Line, d.Column, d.Code, severity, d.Message));
        }

        var items = new List<ItemResult>(results.Tests.Count);
        for (var i = 0; i < results.Tests.Count; i++)
        {
            var test = results.Tests[i];
            var data = extra.Items[i];
            if (test.Name != data.Id + " " + data.Title)
            {
                return Failed(name, root, $"tests[{i}].name", $"\"{data.Id} {data.Title}\" (extra_data.items[{i}]), found \"{test.Name}\"");
            }

            if (!StatusNames.TryParse(data.Status, out ItemStatus itemStatus))
            {
                return Failed(name, root, $"extra_data.items[{i}].status", $"an item status, found \"{data.Status}\"");
            }

            var details = Markdown.Unfence(test.Output);
            if (details is null)
            {
                return Failed(name, root, $"tests[{i}].output", "the item's details in a fenced block");
            }

            items.Add(new ItemResult(
                data.Id, data.Title, test.Score, test.MaxScore, itemStatus, data.Reason, details, test.Visibility, data.ManualPoints,
                data.Mistakes, data.Answers.Select(a => new ManualAnswer(a.Member, a.Text)).ToList())
            {
                StaffComment = data.StaffComment,
                Finding = data.Finding?.ToModel(),
            });
        }

        return ReportReading.Read(new GradeReport(
            extra.Submission,
            extra.SubmissionSha256,
            extra.RubricTitle,
            extra.RubricSha256,
            extra.GraderVersion,
            extra.Seed,
            status,
            extra.Summary,
            extra.Notes,
            diagnostics,
            items,
            extra.StudentOutput,
            extra.StudentOutputDroppedBytes,
            TimeSpan.FromSeconds(results.ExecutionTime)));
    }

    private static ReportReading Failed(string name, JObject root, string path, string expected)
    {
        var line = root.SelectToken(path) is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;
        return ReportReading.Failed(string.Create(CultureInfo.InvariantCulture, $"{name} line {line}: {path}: expected {expected}"));
    }
}
