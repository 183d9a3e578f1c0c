using Hw3.Grader.Grading;
using Newtonsoft.Json;

namespace Hw3.Grader.Batch;

/// <summary>One rubric item of a <see cref="StudentRecord"/>: what the class-wide exports need, copied from its <see cref="ItemResult"/>.</summary>
public sealed record RecordItem(
    [property: JsonProperty("id")] string Id,
    [property: JsonProperty("score")] double Score,
    [property: JsonProperty("max_score")] double MaxScore,
    [property: JsonProperty("status"), JsonConverter(typeof(StatusNameJsonConverter))] ItemStatus Status,
    [property: JsonProperty("manual_points")] double ManualPoints,
    [property: JsonProperty("mistakes")] IReadOnlyList<string> Mistakes,
    [property: JsonProperty("answers")] IReadOnlyList<ManualAnswer> Answers)
{
    /// <summary>As <see cref="ItemResult.StaffComment"/>: set once staff graded the item.</summary>
    [JsonProperty("staff_comment", NullValueHandling = NullValueHandling.Ignore)]
    public string? StaffComment { get; init; }

    [JsonIgnore]
    public bool IsManual => Status == ItemStatus.Manual;

    [JsonIgnore]
    public bool IsCounted => !IsManual;

    public static RecordItem From(ItemResult item) => new(
        item.Id,
        item.Score,
        item.MaxScore,
        item.Status,
        item.ManualPoints,
        item.Mistakes,
        item.Answers)
    {
        StaffComment = item.StaffComment,
    };
}
