using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>
/// What identifies a grade (grader, rubric, submission and seed), staff-only material, and what the rest of
/// results.json does not hold of the report (statuses, notes, the items' reasons and answers), so that
/// <see cref="GradescopeReader"/> can read the whole report back.
/// </summary>
public sealed class GradescopeExtraData
{
    [JsonProperty("grader_version", Order = 1)] public string GraderVersion { get; init; } = "";
    [JsonProperty("rubric_sha256", Order = 2)] public string RubricSha256 { get; init; } = "";
    [JsonProperty("submission_sha256", Order = 3)] public string SubmissionSha256 { get; init; } = "";
    [JsonProperty("seed", Order = 4)] public int Seed { get; init; }
    [JsonProperty("submission", Order = 5)] public string Submission { get; init; } = "";
    [JsonProperty("rubric_title", Order = 6)] public string RubricTitle { get; init; } = "";

    /// <summary>The submission's status (<see cref="Grading.StatusNames"/>).</summary>
    [JsonProperty("status", Order = 7)] public string Status { get; init; } = "";

    /// <summary>The report's one-sentence summary as plain text (the markdown <c>output</c> escapes it).</summary>
    [JsonProperty("summary", Order = 8)] public string Summary { get; init; } = "";

    [JsonProperty("max_score", Order = 9)] public double MaxScore { get; init; }

    /// <summary>Points staff have still to award by hand.</summary>
    [JsonProperty("manual_points", Order = 10)] public double ManualPoints { get; init; }

    /// <summary>The per-question roll-up; written for readers of the file, computed again from the items when read.</summary>
    [JsonProperty("questions", Order = 11)] public IReadOnlyList<GradescopeQuestion> Questions { get; init; } = [];

    [JsonProperty("notes", Order = 12)] public IReadOnlyList<string> Notes { get; init; } = [];
    [JsonProperty("diagnostics", Order = 13)] public IReadOnlyList<GradescopeDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>One per entry of <c>tests[]</c>, in the same order.</summary>
    [JsonProperty("items", Order = 14)] public IReadOnlyList<GradescopeItemData> Items { get; init; } = [];

    [JsonProperty("student_output", Order = 15)] public string StudentOutput { get; init; } = "";
    [JsonProperty("student_output_dropped_bytes", Order = 16)] public long StudentOutputDroppedBytes { get; init; }
}
