using Hw3.Grader.Grading;

namespace Hw3.Grader.Batch;

/// <summary>
/// Whether an earlier report still stands: it names the same submission, rubric and grader version, and its
/// record agrees.
/// </summary>
public static class ResumeCheck
{
    public static bool IsCurrent(GradeReport? report, StudentRecord? record, string submissionSha256, string rubricSha256, string graderVersion) =>
        report is not null && record is not null
        && report.SubmissionSha256 == submissionSha256
        && report.RubricSha256 == rubricSha256
        && report.GraderVersion == graderVersion
        && record.SubmissionSha256 == submissionSha256
        && record.RubricSha256 == rubricSha256
        && record.GraderVersion == graderVersion
        && record.Status != SubmissionStatus.GraderError;
}
