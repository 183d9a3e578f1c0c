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

    /// <summary>
    /// For an item whose failing call is known: the line that reproduces it on the graded path
    /// (<see cref="StaffReproduction"/>). record.json is for staff; results.json shows students the expression alone.
    /// </summary>
    [JsonProperty("reproduce", NullValueHandling = NullValueHandling.Ignore)]
    public string? Reproduce { get; init; }

    [JsonIgnore]
    public bool IsManual => Status == ItemStatus.Manual;

    [JsonIgnore]
    public bool IsCounted => !IsManual;

    /// <param name="submissionPath">The path the submission was graded from, or null when there is none to give (an unpacked zip is deleted after grading).</param>
    public static RecordItem From(ItemResult item, string? submissionPath = null) => new(
        item.Id,
        item.Score,
        item.MaxScore,
        item.Status,
        item.ManualPoints,
        item.Mistakes,
        item.Answers)
    {
        StaffComment = item.StaffComment,
        Reproduce = submissionPath is not null && item.Finding?.Call is { } call ? StaffReproduction.Line(submissionPath, call) : null,
    };
}
