using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>What identifies a grade: grader, rubric, submission and seed; plus staff-only material.</summary>
public sealed class GradescopeExtraData
{
    [JsonProperty("grader_version", Order = 1)] public string GraderVersion { get; init; } = "";
    [JsonProperty("rubric_sha256", Order = 2)] public string RubricSha256 { get; init; } = "";
    [JsonProperty("submission_sha256", Order = 3)] public string SubmissionSha256 { get; init; } = "";
    [JsonProperty("seed", Order = 4)] public int Seed { get; init; }
    [JsonProperty("submission", Order = 5)] public string Submission { get; init; } = "";
    [JsonProperty("max_auto_score", Order = 6)] public double MaxAutoScore { get; init; }
    [JsonProperty("manual_points", Order = 7)] public double ManualPoints { get; init; }
    [JsonProperty("manual_answers", Order = 8)] public IReadOnlyDictionary<string, string?> ManualAnswers { get; init; } = new Dictionary<string, string?>();
    [JsonProperty("student_output", Order = 9)] public string StudentOutput { get; init; } = "";
    [JsonProperty("student_output_dropped_bytes", Order = 10)] public long StudentOutputDroppedBytes { get; init; }
}
