using Hw3.Scenarios.Tests.Hostile;

namespace Hw3.Scenarios.Tests;

/// <summary>
/// Every sample scenario gets exactly its expected report. The hostile scenarios' reports are compared in
/// <see cref="HostileBoundsTests"/>, which grades each once, watched for time and for what it leaves behind.
/// </summary>
public sealed class ScenarioTests(GradingFixture grading) : IClassFixture<GradingFixture>
{
    [Theory]
    [MemberData(nameof(ScenarioFolders.Samples), MemberType = typeof(ScenarioFolders))]
    public async Task Each_scenario_gets_exactly_its_expected_report(string scenario)
    {
        using var copy = new ScenarioCopy(Path.Combine(Repository.Root, scenario));
        var languageLayerOff = ScenarioFolders.IsLanguageLayerOff(scenario);
        using var victims = languageLayerOff ? new RuntimeAttackSetup() : null;
        var report = await grading.GradeAsync(copy.Path, languageLayerOff);
        victims?.ShouldBeUntouched(scenario);
        await GoldenReport.ShouldMatchAsync(scenario, report);
    }
}
