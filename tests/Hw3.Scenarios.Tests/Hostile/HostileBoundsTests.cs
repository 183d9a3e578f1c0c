using System.Diagnostics;
using System.Text;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;

namespace Hw3.Scenarios.Tests.Hostile;

/// <summary>
/// Per hostile case, graded once: the grader produces exactly the case's expected report (its golden file) within
/// <see cref="HostileCases.Bound"/>, no runner process survives, and no file appears in the watched places.
/// A runtime attack (language layer off) also leaves its victims untouched (<see cref="RuntimeAttackSetup"/>), and an
/// honest submission graded right after it still gets exactly its expected report: nothing the attack started
/// outlives it to harm the next student.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileBoundsTests(GradingFixture grading) : IClassFixture<GradingFixture>
{
    [Theory]
    [MemberData(nameof(HostileCases.All), MemberType = typeof(HostileCases))]
    public async Task Each_hostile_case_gets_its_expected_report_in_bounded_time_and_leaves_nothing_behind(string scenario)
    {
        using var copy = new ScenarioCopy(Path.Combine(Repository.Root, scenario));
        var languageLayerOff = ScenarioFolders.IsLanguageLayerOff(scenario);
        using (var victims = languageLayerOff ? new RuntimeAttackSetup() : null)
        {
            var report = await GradeWatchedAsync(copy.Path, languageLayerOff);
            report.Items.Should().NotBeEmpty();
            victims?.ShouldBeUntouched(scenario);
            await GoldenReport.ShouldMatchAsync(scenario, report);
        }

        if (languageLayerOff)
        {
            await An_honest_submission_graded_next_gets_its_expected_report(scenario);
        }
    }

    [Fact]
    public async Task A_40_MB_source_file_is_refused_before_it_reaches_the_compiler()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hw3-huge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var line = "// " + new string('x', 1020) + "\n";
            await File.WriteAllTextAsync(Path.Combine(folder, "Hw3.cs"), new StringBuilder(40 * 1024 * 1024).Insert(0, line, 40 * 1024).ToString());
            var report = await GradeWatchedAsync(folder);
            report.Summary.Should().Contain("40 MB").And.Contain("the limit is 1 MB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task An_honest_submission_graded_next_gets_its_expected_report(string attack)
    {
        var perfect = Path.Combine(Repository.Root, "Submissions", "samples", "perfect");
        using var copy = new ScenarioCopy(perfect);
        var report = await GradeWatchedAsync(copy.Path);
        var actual = GoldenReport.Normalise(new GradescopeExporter().Render(report));
        var expected = GoldenReport.Normalise(await File.ReadAllTextAsync(Path.Combine(perfect, ScenarioFolders.ExpectedFileName)));
        actual.Should().Be(expected, $"the perfect sample was graded right after {attack}");
    }

    private async Task<GradeReport> GradeWatchedAsync(string submission, bool languageLayerOff = false)
    {
        var before = LeftBehind.Snapshot();
        var clock = Stopwatch.StartNew();
        var report = await grading.GradeAsync(submission, languageLayerOff);
        clock.Elapsed.Should().BeLessThan(HostileCases.Bound);
        using (var self = Process.GetCurrentProcess())
        {
            self.PeakWorkingSet64.Should().BeLessThan(HostileCases.GraderPeakBytes, "what a submission returns is capped before the grader keeps it");
        }

        await Task.Delay(200);
        LeftBehind.RunnerProcesses().Should().BeEmpty("every process of the runner is killed when its submission ends");
        LeftBehind.Snapshot().Except(before).Should().BeEmpty("a submission may write only inside its runner's temporary folder");
        return report;
    }
}
