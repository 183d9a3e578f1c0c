using Hw3.Grader.Reporting;
using Hw3.Scenarios.Tests.Hostile;

namespace Hw3.Scenarios.Tests;

public sealed class ScenarioTests(GradingFixture grading) : IClassFixture<GradingFixture>
{
    [Theory]
    [MemberData(nameof(ScenarioFolders.All), MemberType = typeof(ScenarioFolders))]
    public async Task Each_scenario_gets_exactly_its_expected_report(string scenario)
    {
        var folder = Path.Combine(Repository.Root, scenario);
        using var copy = new ScenarioCopy(folder);
        var languageLayerOff = ScenarioFolders.IsLanguageLayerOff(scenario);
        using var victims = languageLayerOff ? new RuntimeAttackSetup() : null;
        var report = await grading.GradeAsync(copy.Path, languageLayerOff);
        victims?.ShouldBeUntouched(scenario);
        var actual = GoldenReport.Normalise(new GradescopeExporter().Render(report));

        var expectedPath = Path.Combine(folder, ScenarioFolders.ExpectedFileName);
        if (GoldenReport.Updating)
        {
            await File.WriteAllTextAsync(expectedPath, actual);
        }

        File.Exists(expectedPath).Should().BeTrue($"{scenario} needs its expected report; run the scenario tests with HW3_UPDATE_GOLDEN=1 and review it");
        var expected = GoldenReport.Normalise(await File.ReadAllTextAsync(expectedPath));
        actual.Should().Be(expected, "every line of the report is as in its golden file; these differ:\n{0}", GoldenReport.Differences(expected, actual));
    }
}
