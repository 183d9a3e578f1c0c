using Hw3.Grader.Grading;
using Newtonsoft.Json;

namespace Hw3.Grader.Batch;

/// <summary>
/// What the batch keeps of one graded submission beside its results.json (<c>&lt;out&gt;/&lt;key&gt;/record.json</c>):
/// identity, the hashes that decide whether it must be graded again, and the per-item facts the class-wide
/// exports (grades.csv, manual.csv, summary.json) are built from, so a resumed batch needs no regrading.
/// Built from a <see cref="GradeReport"/> (<see cref="From"/>), never edited apart from it.
/// </summary>
public sealed record StudentRecord
{
    public const string FileName = "record.json";

    [JsonProperty("key", Order = 1)] public string Key { get; init; } = "";
    [JsonProperty("student_id", Order = 2)] public string StudentId { get; init; } = "";
    [JsonProperty("student_name", Order = 3)] public string StudentName { get; init; } = "";
    [JsonProperty("email", Order = 4)] public string Email { get; init; } = "";
    [JsonProperty("status", Order = 5), JsonConverter(typeof(StatusNameJsonConverter))] public SubmissionStatus Status { get; init; }
    [JsonProperty("score", Order = 6)] public double Score { get; init; }
    [JsonProperty("max_score", Order = 7)] public double MaxScore { get; init; }
    [JsonProperty("seconds", Order = 8)] public double Seconds { get; init; }
    [JsonProperty("submission_sha256", Order = 9)] public string SubmissionSha256 { get; init; } = "";
    [JsonProperty("rubric_sha256", Order = 10)] public string RubricSha256 { get; init; } = "";
    [JsonProperty("grader_version", Order = 11)] public string GraderVersion { get; init; } = "";
    [JsonProperty("message", Order = 12)] public string Message { get; init; } = "";
    [JsonProperty("items", Order = 13)] public IReadOnlyList<RecordItem> Items { get; init; } = [];

    /// <summary>The path the submission was graded from (null for an unpacked zip, deleted after grading): staff reproduce calls there.</summary>
    [JsonProperty("submission_path", Order = 15, NullValueHandling = NullValueHandling.Ignore)] public string? SubmissionPath { get; init; }

    /// <summary>A group submission's students (<see cref="BatchEntry.Members"/>); empty for one student.</summary>
    [JsonProperty("members", Order = 14)] public IReadOnlyList<GroupMember> Members { get; init; } = [];

    /// <summary>The per-question roll-up of <see cref="Items"/>, computed the way the report computes its own.</summary>
    [JsonIgnore]
    public IReadOnlyList<QuestionScore> Questions => QuestionRollup.Of(Items.Select(i => (i.Id, i.Score, i.MaxScore, i.IsCounted)));

    /// <summary>The record of a report: its status, totals and items as the report has them.</summary>
    /// <param name="submissionPath">Where the submission was graded from, for each failing item's reproduction line; null when it is gone.</param>
    public static StudentRecord From(GradeReport report, string key, string studentId, string studentName, string email, string? submissionPath = null) => new()
    {
        Key = key,
        StudentId = studentId,
        StudentName = studentName,
        Email = email,
        Status = report.Status,
        Score = report.Score,
        MaxScore = report.MaxScore,
        Seconds = Math.Round(report.ExecutionTime.TotalSeconds, 3),
        SubmissionSha256 = report.SubmissionSha256,
        RubricSha256 = report.RubricSha256,
        GraderVersion = report.GraderVersion,
        Message = report.Summary,
        Items = report.Items.Select(i => RecordItem.From(i, submissionPath)).ToList(),
        SubmissionPath = submissionPath,
    };

    /// <summary>
    /// The record without its free-text answers, as a batch keeps it in memory: the answers stay in record.json
    /// (<see cref="ReportStore.WithAnswers"/> reads them back for manual.csv), so the batch's memory does not
    /// grow with what every student wrote (about half of a record).
    /// </summary>
    public StudentRecord WithoutAnswers() => Items.Any(i => i.Answers.Count > 0)
        ? this with { Items = Items.Select(i => i.Answers.Count == 0 ? i : i with { Answers = [] }).ToList() }
        : this;
}
