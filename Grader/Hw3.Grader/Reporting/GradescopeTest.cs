using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>One entry of <c>tests[]</c> in a Gradescope <c>results.json</c>: one rubric item.</summary>
public sealed class GradescopeTest
{
    [JsonProperty("name", Order = 1)] public string Name { get; init; } = "";
    [JsonProperty("score", Order = 2)] public double Score { get; init; }
    [JsonProperty("max_score", Order = 3)] public double MaxScore { get; init; }

    /// <summary>"passed" or "failed"; left out for items staff grade by hand.</summary>
    [JsonProperty("status", Order = 4, NullValueHandling = NullValueHandling.Ignore)] public string? Status { get; init; }

    [JsonProperty("output", Order = 5)] public string Output { get; init; } = "";
    [JsonProperty("output_format", Order = 6)] public string OutputFormat { get; init; } = "md";
    [JsonProperty("visibility", Order = 7)] public string Visibility { get; init; } = "visible";
}
