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

    [GeneratedRegex("\"execution_time\": [0-9.eE+-]+")]
    private static partial Regex ExecutionTime();
}
