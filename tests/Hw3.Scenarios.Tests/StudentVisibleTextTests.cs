using Newtonsoft.Json.Linq;

namespace Hw3.Scenarios.Tests;

/// <summary>
/// What Gradescope shows a student (the summary, each test's name and output) names no command and no path the student does
/// not have: the staff reproduction line lives in staff-only output, the student sees the call's expression. Reads the goldens
/// only, so it costs no grading.
/// </summary>
public sealed class StudentVisibleTextTests
{
    private static readonly string[] Forbidden = ["./hw3", "hw3 eval", "Reproduce", "Submissions/", "/tmp/", "/home/", "/work/", "/root/", "/autograder/"];

    [Theory]
    [MemberData(nameof(ScenarioFolders.All), MemberType = typeof(ScenarioFolders))]
    public void No_student_visible_field_of_a_golden_names_a_command_or_a_path(string scenario)
    {
        var golden = JObject.Parse(File.ReadAllText(Path.Combine(Repository.Root, scenario, ScenarioFolders.ExpectedFileName)));

        foreach (var (field, text) in StudentVisible(golden))
        {
            text.Should().NotContainAny(Forbidden, $"{scenario}: {field} is shown to the student");
        }
    }

    [Fact]
    public void A_failing_call_shows_its_expression_to_the_student_and_keeps_it_for_staff()
    {
        var golden = JObject.Parse(File.ReadAllText(Path.Combine(Repository.Root, "Submissions", "samples", "common-mistakes", ScenarioFolders.ExpectedFileName)));

        golden["tests"]!.Select(t => (string?)t["output"]).Should().Contain(o => o != null && o.Contains("Call: Q", StringComparison.Ordinal));
        golden["extra_data"]!["items"]!.Select(i => (string?)i["finding"]?["call"]).Should().Contain(c => c != null && c.StartsWith("Q", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Field, string Text)> StudentVisible(JObject golden)
    {
        yield return ("output", (string?)golden["output"] ?? "");
        var tests = (JArray?)golden["tests"] ?? [];
        for (var i = 0; i < tests.Count; i++)
        {
            yield return ($"tests[{i}].name", (string?)tests[i]["name"] ?? "");
            yield return ($"tests[{i}].output", (string?)tests[i]["output"] ?? "");
        }
    }
}
