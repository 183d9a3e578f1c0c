using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>What <c>extra_data.items</c> keeps of one item beyond its entry in <c>tests[]</c>.</summary>
public sealed class GradescopeItemData
{
    [JsonProperty("id", Order = 1)] public string Id { get; init; } = "";
    [JsonProperty("title", Order = 2)] public string Title { get; init; } = "";

    /// <summary>The item's status (<see cref="Grading.StatusNames"/>); Gradescope's own <c>status</c> knows only passed and failed.</summary>
    [JsonProperty("status", Order = 3)] public string Status { get; init; } = "";

    [JsonProperty("reason", Order = 4)] public string Reason { get; init; } = "";

    /// <summary>For an item staff grade by hand, its points.</summary>
    [JsonProperty("manual_points", Order = 5)] public double ManualPoints { get; init; }

    [JsonProperty("mistakes", Order = 6)] public IReadOnlyList<string> Mistakes { get; init; } = [];
    [JsonProperty("answers", Order = 7)] public IReadOnlyList<GradescopeAnswer> Answers { get; init; } = [];

    /// <summary>Present once staff graded the item (<c>hw3 manual</c>); empty when they left no comment.</summary>
    [JsonProperty("staff_comment", Order = 8, NullValueHandling = NullValueHandling.Ignore)] public string? StaffComment { get; init; }

    /// <summary>For an item that did not pass: what a student may be told, in parts (<see cref="Grading.StudentFinding"/>).</summary>
    [JsonProperty("finding", Order = 9, NullValueHandling = NullValueHandling.Ignore)] public GradescopeFinding? Finding { get; init; }
}
