using System.Text.RegularExpressions;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;

namespace Hw3.Scenarios.Tests;

/// <summary>
/// A report compared byte for byte with its golden file, but for <c>execution_time</c>, the one field
/// that may differ between runs. Set HW3_UPDATE_GOLDEN=1 to rewrite golden files (then review the diff).
/// </summary>
public static partial class GoldenReport
{
    public static bool Updating => Environment.GetEnvironmentVariable("HW3_UPDATE_GOLDEN") == "1";

    public static string Normalise(string json) => ExecutionTime().Replace(json, "\"execution_time\": 0.0");

    /// <summary>The scenario's report as Gradescope would get it equals its golden file (rewritten instead when <see cref="Updating"/>).</summary>
    /// <param name="scenario">The scenario's folder, relative to the checkout.</param>
    public static async Task ShouldMatchAsync(string scenario, GradeReport report)
    {
        var actual = Normalise(new GradescopeExporter().Render(report));
        var expectedPath = Path.Combine(Repository.Root, scenario, ScenarioFolders.ExpectedFileName);
        if (Updating)
        {
            await File.WriteAllTextAsync(expectedPath, actual);
        }

        File.Exists(expectedPath).Should().BeTrue($"{scenario} needs its expected report; run the scenario tests with HW3_UPDATE_GOLDEN=1 and review it");
        var expected = Normalise(await File.ReadAllTextAsync(expectedPath));
        actual.Should().Be(expected, "every line of the report is as in its golden file; these differ:\n{0}", Differences(expected, actual));
    }

    /// <summary>
    /// Every line that differs, expected then actual, for the failure message: an assertion names only the first
    /// difference, and a golden that fails once on CI must say all of what changed to be understood afterwards.
    /// </summary>
    public static string Differences(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(want.Length, got.Length) && lines.Count < 40; i++)
        {
            var a = i < want.Length ? want[i] : "(no line)";
            var b = i < got.Length ? got[i] : "(no line)";
            if (a != b)
            {
                lines.Add($"line {i + 1} expected: {a}");
                lines.Add($"line {i + 1} actual:   {b}");
            }
        }

        return string.Join("\n", lines);
    }

    [GeneratedRegex("\"execution_time\": [0-9.eE+-]+")]
    private static partial Regex ExecutionTime();
}
