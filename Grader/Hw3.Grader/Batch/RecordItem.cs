using Hw3.Grader.Grading;
using Newtonsoft.Json;

namespace Hw3.Grader.Batch;

/// <summary>One rubric item of a <see cref="StudentRecord"/>: what the class-wide exports need.</summary>
public sealed record RecordItem(
    [property: JsonProperty("id")] string Id,
    [property: JsonProperty("score")] double Score,
    [property: JsonProperty("max_score")] double MaxScore,
    [property: JsonProperty("status")] string Status,
    [property: JsonProperty("manual_points")] double ManualPoints,
    [property: JsonProperty("mistakes")] IReadOnlyList<string> Mistakes,
    [property: JsonProperty("answers")] IReadOnlyList<ManualAnswer> Answers)
{
    [JsonIgnore]
    public bool IsManual => Status == "manual";

    public static RecordItem From(ItemResult item) => new(
        item.Id,
        item.Score,
        item.MaxScore,
        item.Status.ToString().ToLowerInvariant(),
        item.ManualPoints,
        item.Mistakes,
        item.Answers);
}
