using System.Text.RegularExpressions;

namespace Hw3.Scenarios.Tests;

/// <summary>
/// A report compared byte for byte with its golden file, but for <c>execution_time</c>, the one field
/// that may differ between runs. Set HW3_UPDATE_GOLDEN=1 to rewrite golden files (then review the diff).
/// </summary>
public static partial class GoldenReport
{
    public static bool Updating => Environment.GetEnvironmentVariable("HW3_UPDATE_GOLDEN") == "1";

    public static string Normalise(string json) => ExecutionTime().Replace(json, "\"execution_time\": 0.0");

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
