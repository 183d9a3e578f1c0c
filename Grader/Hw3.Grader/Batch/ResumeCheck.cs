using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Batch;

/// <summary>
/// Whether an earlier report still stands: its results.json names the same submission, rubric and grader
/// version (<c>extra_data</c>: submission_sha256, rubric_sha256, grader_version), and its record agrees.
/// </summary>
public static class ResumeCheck
{
    public static bool IsCurrent(JObject? results, StudentRecord? record, string submissionSha256, string rubricSha256, string graderVersion)
    {
        if (results?["extra_data"] is not JObject extra || record is null)
        {
            return false;
        }

        return (string?)extra["submission_sha256"] == submissionSha256
            && (string?)extra["rubric_sha256"] == rubricSha256
            && (string?)extra["grader_version"] == graderVersion
            && record.SubmissionSha256 == submissionSha256
            && record.RubricSha256 == rubricSha256
            && record.GraderVersion == graderVersion
            && record.StatusValue != SubmissionStatus.GraderError;
    }
}
