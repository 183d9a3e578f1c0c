using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>A free-text answer in <c>extra_data.items[].answers</c> (text null when none could be read).</summary>
public sealed class GradescopeAnswer
{
    [JsonProperty("member", Order = 1)] public string Member { get; init; } = "";
    [JsonProperty("text", Order = 2)] public string? Text { get; init; }
}
