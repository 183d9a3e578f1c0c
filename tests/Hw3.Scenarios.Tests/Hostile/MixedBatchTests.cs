using Hw3.Scenarios.Tests.Batch;
using Newtonsoft.Json.Linq;

namespace Hw3.Scenarios.Tests.Hostile;

/// <summary>
/// The whole hostile corpus graded in one batch, in parallel, among honest submissions: nothing an attack
/// does may change an honest student's report (each must equal its golden report, as when graded alone).
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class MixedBatchTests : IDisposable
{
    private static readonly string[] Honest = ["perfect", "partial", "common-mistakes", "multi-file", "csx-script"];

    private readonly string _root = Directory.CreateTempSubdirectory("hw3-mixed-").FullName;

    [Fact]
    public async Task Honest_submissions_graded_among_the_attacks_get_the_same_reports_as_alone()
    {
        var submissions = Path.Combine(_root, "class");
        var hostile = Directory.EnumerateDirectories(Path.Combine(Repository.Root, "Submissions", "hostile")).Order(StringComparer.Ordinal).ToList();
        var honest = Honest.Select(name => Path.Combine(Repository.Root, "Submissions", "samples", name)).ToList();
        foreach (var scenario in hostile.Concat(honest))
        {
            // Copied straight into the class folder (removed with _root): a copy of a copy would read its pipes.
            using var copy = new ScenarioCopy(scenario, submissions);
        }

        var output = Path.Combine(_root, "graded");
        var (exitCode, log) = await BatchProcess.RunAsync(submissions, "--out", output, "--rubric", Repository.Rubric, "--jobs", "2");

        exitCode.Should().Be(0, log);
        foreach (var scenario in honest)
        {
            var name = Path.GetFileName(scenario);
            var actual = GoldenReport.Normalise(await File.ReadAllTextAsync(Path.Combine(output, name, "results.json")));
            var expected = GoldenReport.Normalise(await File.ReadAllTextAsync(Path.Combine(scenario, ScenarioFolders.ExpectedFileName)));
            actual.Should().Be(expected, $"{name} was graded beside {hostile.Count} attacks");
        }

        foreach (var name in hostile.Select(Path.GetFileName))
        {
            var report = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(output, name!, "results.json")));
            report["tests"].Should().NotBeNull($"{name} still gets a report");
        }

        // formula-answer's free text reaches staff's spreadsheet as text, never as a formula (q3a.text is its one
        // single-answer item; the others' cells start with the member's name).
        var manual = await File.ReadAllTextAsync(Path.Combine(output, "manual.csv"));
        manual.Should().Contain("formula-answer,q3a.text,1,\"'=cmd|' /C calc'!A0\"").And.NotContain(",=cmd");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
