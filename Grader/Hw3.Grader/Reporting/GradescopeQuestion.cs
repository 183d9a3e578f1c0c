using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>One question of the roll-up in <c>extra_data.questions</c>.</summary>
public sealed class GradescopeQuestion
{
    [JsonProperty("question", Order = 1)] public string Question { get; init; } = "";
    [JsonProperty("score", Order = 2)] public double Score { get; init; }
    [JsonProperty("max_score", Order = 3)] public double MaxScore { get; init; }
}
