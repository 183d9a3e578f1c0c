using Newtonsoft.Json.Linq;

namespace Hw3.Scenarios.Tests.Batch;

/// <summary>
/// <c>hw3 batch</c> end to end, as child processes: a batch killed with SIGKILL midway and started again
/// ends with the same reports as a clean run, skips what was already done, and leaves no temporary file;
/// <c>--only</c> regrades one item and leaves unchanged reports byte for byte as they were.
/// </summary>
public sealed class BatchResumeTests : IDisposable
{
    private readonly SmallClass _class = new();

    public void Dispose() => _class.Dispose();

    [Fact]
    public async Task A_batch_killed_midway_completes_on_rerun_with_the_reports_of_a_clean_run_and_one_item_regrades_in_place()
    {
        var clean = _class.Out("clean");
        var resumed = _class.Out("resumed");
        var (cleanExit, cleanOutput) = await BatchProcess.RunAsync(_class.Submissions, "--out", clean, "--rubric", _class.Rubric, "--jobs", "2");
        cleanExit.Should().Be(0, cleanOutput);

        using (var victim = BatchProcess.Start(_class.Submissions, "--out", resumed, "--rubric", _class.Rubric, "--jobs", "1"))
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!Directory.Exists(resumed) || !Directory.EnumerateFiles(resumed, "results.json", SearchOption.AllDirectories).Any())
            {
                victim.HasExited.Should().BeFalse("the batch must still be running when the first report appears");
                await Task.Delay(20, deadline.Token);
            }

            victim.Kill(entireProcessTree: false);
            await victim.WaitForExitAsync(deadline.Token);
        }

        var done = Directory.EnumerateFiles(resumed, "record.json", SearchOption.AllDirectories).Count();
        done.Should().BeLessThan(_class.Count, "the kill came before the last report");
        File.Exists(Path.Combine(resumed, "grades.csv")).Should().BeFalse("the class files are written when every submission is done");

        var (exit, output) = await BatchProcess.RunAsync(_class.Submissions, "--out", resumed, "--rubric", _class.Rubric, "--jobs", "2");

        exit.Should().Be(0, output);
        output.Should().Contain($"{_class.Count - done} done in this run, {done} already current (skipped)");
        Directory.EnumerateFiles(resumed, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
        Files(resumed).Should().Equal(Files(clean));
        foreach (var relative in Files(clean).Where(f => f.EndsWith("results.json", StringComparison.Ordinal)))
        {
            Normalised(Path.Combine(resumed, relative)).Should().Be(Normalised(Path.Combine(clean, relative)), relative);
        }

        (await File.ReadAllTextAsync(Path.Combine(resumed, "grades.csv"))).Should().Be(await File.ReadAllTextAsync(Path.Combine(clean, "grades.csv")));
        (await File.ReadAllTextAsync(Path.Combine(resumed, "manual.csv"))).Should().Be(await File.ReadAllTextAsync(Path.Combine(clean, "manual.csv")));
        // The batch keeps its records without the free-text answers; manual.csv reads them back from record.json.
        var manual = await File.ReadAllTextAsync(Path.Combine(clean, "manual.csv"));
        var answers = Files(clean).Where(f => f.EndsWith("record.json", StringComparison.Ordinal))
            .SelectMany(f => JObject.Parse(File.ReadAllText(Path.Combine(clean, f)))["items"]!.SelectMany(i => i["answers"]!))
            .Select(a => (string?)a["Text"])
            .OfType<string>()
            .ToList();
        answers.Should().NotBeEmpty();
        answers.Should().OnlyContain(text => manual.Contains(text.Replace("\"", "\"\"", StringComparison.Ordinal), StringComparison.Ordinal));

        // After a rubric fix: one item regraded across the class, merged into every report. Same rubric
        // here, so every report stays byte for byte what it was and nobody's score changes.
        var before = Files(clean).Where(f => f.EndsWith("results.json", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(clean, f)));
        var (onlyExit, onlyOutput) = await BatchProcess.RunAsync(_class.Submissions, "--out", clean, "--rubric", _class.Rubric, "--only", "q1b.scale");

        onlyExit.Should().Be(0, onlyOutput);
        onlyOutput.Should().Contain("no student's score changed").And.Contain($"{_class.Count} done in this run");
        foreach (var (relative, text) in before)
        {
            File.ReadAllText(Path.Combine(clean, relative)).Should().Be(text, relative);
        }

        var summary = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(clean, "summary.json")));
        ((int)summary["submissions"]!).Should().Be(_class.Count);
        ((JArray)summary["compile_failures"]!).Select(t => (string)t!).Should().Equal("compile-error", "duplicate-class");
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => f != "summary.json")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Normalised(string path) => GoldenReport.Normalise(File.ReadAllText(path));
}
