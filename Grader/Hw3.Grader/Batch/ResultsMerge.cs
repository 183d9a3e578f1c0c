using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Batch;

/// <summary>
/// <c>--only</c>: puts regraded items into an existing results.json and record, in place of the old ones,
/// and recomputes the totals; every other item keeps what it had.
/// </summary>
public static partial class ResultsMerge
{
    /// <param name="existing">The results.json written before.</param>
    /// <param name="regraded">A results.json holding only the regraded items (the restricted rubric's report).</param>
    public static string MergeResults(string existing, string regraded, string rubricSha256, string graderVersion)
    {
        var target = Parse(existing);
        var source = Parse(regraded);
        var tests = target["tests"] as JArray ?? [];
        foreach (var test in (source["tests"] as JArray ?? []).OfType<JObject>())
        {
            var id = IdOf(test);
            var index = tests.Select((t, i) => (t, i)).FirstOrDefault(p => p.t is JObject o && IdOf(o) == id, (null!, -1)).i;
            if (index >= 0)
            {
                tests[index] = test;
            }
            else
            {
                tests.Add(test);
            }
        }

        target["tests"] = tests;
        var automatic = tests.OfType<JObject>().Where(t => t["status"] is not null).ToList();
        var score = Math.Round(tests.OfType<JObject>().Sum(t => (double?)t["score"] ?? 0), 4);
        var max = Math.Round(automatic.Sum(t => (double?)t["max_score"] ?? 0), 4);
        target["score"] = score;
        if (target["output"] is JValue { Value: string output })
        {
            target["output"] = Totals().Replace(output, m => $"{m.Groups[1].Value}{Points(score)} / {Points(max)} automatic points.", 1);
        }

        if (target["extra_data"] is JObject extra)
        {
            extra["grader_version"] = graderVersion;
            extra["rubric_sha256"] = rubricSha256;
            extra["max_auto_score"] = max;
        }

        return target.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Parses a report as written: strings stay strings (no date guessing), numbers stay doubles.</summary>
    public static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    public static StudentRecord MergeRecord(StudentRecord existing, IReadOnlyList<RecordItem> regraded, string rubricSha256, string graderVersion)
    {
        var byId = regraded.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var items = existing.Items.Select(i => byId.GetValueOrDefault(i.Id) ?? i).ToList();
        items.AddRange(regraded.Where(r => existing.Items.All(i => i.Id != r.Id)));
        return existing with
        {
            Items = items,
            Score = Math.Round(items.Where(i => !i.IsManual).Sum(i => i.Score), 4),
            MaxScore = Math.Round(items.Where(i => !i.IsManual).Sum(i => i.MaxScore), 4),
            RubricSha256 = rubricSha256,
            GraderVersion = graderVersion,
        };
    }

    private static string IdOf(JObject test)
    {
        var name = (string?)test["name"] ?? "";
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? name : name[..space];
    }

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\*\*.*?\*\*: )[0-9.]+ / [0-9.]+ automatic points\.")]
    private static partial Regex Totals();
}
