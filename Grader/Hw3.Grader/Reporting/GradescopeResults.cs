using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>The top level of a Gradescope autograder <c>results.json</c>.</summary>
public sealed class GradescopeResults
{
    [JsonProperty("score", Order = 1)] public double Score { get; init; }
    [JsonProperty("execution_time", Order = 2)] public double ExecutionTime { get; init; }
    [JsonProperty("output", Order = 3)] public string Output { get; init; } = "";
    [JsonProperty("output_format", Order = 4)] public string OutputFormat { get; init; } = "md";
    [JsonProperty("visibility", Order = 5)] public string Visibility { get; init; } = "visible";
    [JsonProperty("stdout_visibility", Order = 6)] public string StdoutVisibility { get; init; } = "hidden";
    [JsonProperty("tests", Order = 7)] public IReadOnlyList<GradescopeTest> Tests { get; init; } = [];
    [JsonProperty("extra_data", Order = 8)] public GradescopeExtraData ExtraData { get; init; } = new();
}
