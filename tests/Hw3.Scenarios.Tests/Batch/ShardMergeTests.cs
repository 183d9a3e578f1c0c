using Hw3.Grader.Batch.Merging;
using Hw3.Grader.Cli;
using Newtonsoft.Json.Linq;

namespace Hw3.Scenarios.Tests.Batch;

/// <summary>A class graded in three shards (as a Kubernetes Indexed Job would) and merged equals the class graded in one batch.</summary>
public sealed class ShardMergeTests : IDisposable
{
    private readonly SmallClass _class = new();

    public void Dispose() => _class.Dispose();

    [Fact]
    public async Task Three_shards_graded_apart_and_merged_equal_one_batch_of_the_whole_class_but_for_timings()
    {
        var whole = _class.Out("whole");
        var run = await BatchProcess.RunAsync(_class.Submissions, "--out", whole, "--rubric", _class.Rubric, "--jobs", "2");
        run.ExitCode.Should().Be(0, run.Output);
        var shards = new List<string>();
        var counts = new List<int>();
        for (var k = 1; k <= 3; k++)
        {
            var shard = _class.Out($"shard-{k}");
            shards.Add(shard);
            var ran = await BatchProcess.RunAsync(_class.Submissions, "--out", shard, "--rubric", _class.Rubric, "--jobs", "2", "--shard", $"{k}/3");
            ran.ExitCode.Should().Be(0, ran.Output);
            counts.Add(Directory.EnumerateDirectories(shard).Count());
        }

        counts.Sum().Should().Be(_class.Count, "the shards partition the class");
        counts.Should().OnlyContain(c => c < _class.Count, "no shard holds the whole class");

        if (!GraderServices.LoadRubric(_class.Rubric).TryGet(out var rubric, out var problems))
        {
            throw new InvalidOperationException(problems);
        }

        var merged = _class.Out("merged");
        var result = await ShardMerge.MergeAsync(shards, merged, rubric, CancellationToken.None);
        result.Refusals.Should().BeEmpty();

        foreach (var file in new[] { "grades.csv", "manual.csv" })
        {
            (await File.ReadAllTextAsync(Path.Combine(merged, file))).Should().Be(await File.ReadAllTextAsync(Path.Combine(whole, file)), file);
        }

        WithoutTimings(Path.Combine(merged, "summary.json")).Should().BeEquivalentTo(WithoutTimings(Path.Combine(whole, "summary.json")));
        foreach (var student in Directory.EnumerateDirectories(whole).Select(Path.GetFileName))
        {
            var results = Path.Combine(student!, "results.json");
            Scores(Path.Combine(merged, results)).Should().Be(Scores(Path.Combine(whole, results)), results);
        }

        // A shard graded with another rubric is refused whole, and nothing is written.
        var record = Directory.EnumerateFiles(shards[1], "record.json", SearchOption.AllDirectories).First();
        var json = JObject.Parse(await File.ReadAllTextAsync(record));
        json["rubric_sha256"] = new string('0', 64);
        await File.WriteAllTextAsync(record, json.ToString());
        var refused = await ShardMerge.MergeAsync(shards, _class.Out("refused"), rubric, CancellationToken.None);
        refused.Refusals.Should().ContainSingle().Which.Should().Contain("was graded with rubric 000000000000");
        Directory.Exists(_class.Out("refused")).Should().BeFalse();
    }

    /// <summary>summary.json without what differs between two runs of the same grades: how long things took.</summary>
    private static JObject WithoutTimings(string path)
    {
        var summary = JObject.Parse(File.ReadAllText(path));
        foreach (var token in summary.Descendants().OfType<JProperty>()
                     .Where(p => p.Name.Contains("seconds", StringComparison.Ordinal) || p.Name.Contains("slowest", StringComparison.Ordinal)).ToList())
        {
            token.Remove();
        }

        return summary;
    }

    private static string Scores(string path)
    {
        var results = JObject.Parse(File.ReadAllText(path));
        return results["score"] + " " + string.Join(",", results["tests"]!.Select(t => t["name"] + "=" + t["score"]));
    }
}
