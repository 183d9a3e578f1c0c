using Hw3.Grader.Reporting;

namespace Hw3.Scenarios.Tests;

public sealed class ScenarioTests(GradingFixture grading) : IClassFixture<GradingFixture>
{
    [Theory]
    [MemberData(nameof(ScenarioFolders.All), MemberType = typeof(ScenarioFolders))]
    public async Task Each_scenario_gets_exactly_its_expected_report(string scenario)
    {
        var folder = Path.Combine(RepositoryPaths.Root, scenario);
        using var copy = new ScenarioCopy(folder);
        var report = await grading.GradeAsync(copy.Path);
        var actual = GoldenReport.Normalise(new GradescopeExporter().Render(report));

        var expectedPath = Path.Combine(folder, ScenarioFolders.ExpectedFileName);
        if (GoldenReport.Updating)
        {
            await File.WriteAllTextAsync(expectedPath, actual);
        }

        File.Exists(expectedPath).Should().BeTrue($"{scenario} needs its expected report; run the scenario tests with HW3_UPDATE_GOLDEN=1 and review it");
        actual.Should().Be(GoldenReport.Normalise(await File.ReadAllTextAsync(expectedPath)));
    }
}
