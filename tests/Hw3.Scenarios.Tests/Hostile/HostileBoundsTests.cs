using System.Diagnostics;
using System.Text;
using Hw3.Grader.Grading;

namespace Hw3.Scenarios.Tests.Hostile;

/// <summary>
/// Per hostile case: the grader produces a report within <see cref="HostileCases.Bound"/>, no runner process
/// survives, and no file appears in the watched places. (The report's content is the golden scenario's job.)
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileBoundsTests(GradingFixture grading) : IClassFixture<GradingFixture>
{
    [Theory]
    [MemberData(nameof(HostileCases.All), MemberType = typeof(HostileCases))]
    public async Task Each_hostile_case_is_graded_in_bounded_time_and_leaves_nothing_behind(string scenario)
    {
        using var copy = new ScenarioCopy(Path.Combine(RepositoryPaths.Root, scenario));
        var report = await GradeWatchedAsync(copy.Path);
        report.Items.Should().NotBeEmpty();
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

    private async Task<GradeReport> GradeWatchedAsync(string submission)
    {
        var before = LeftBehind.Snapshot();
        var clock = Stopwatch.StartNew();
        var report = await grading.GradeAsync(submission);
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
