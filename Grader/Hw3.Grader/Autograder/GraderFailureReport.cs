using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Newtonsoft.Json;

namespace Hw3.Grader.Autograder;

/// <summary>
/// The report written when the grader itself failed: a valid results.json with score 0 and one sentence telling
/// the student to contact staff. It holds nothing of the error (that goes to the staff-only output), so no path,
/// stack or reference can reach a student.
/// </summary>
public static class GraderFailureReport
{
    public const string StudentSentence =
        "The autograder could not grade this submission because of a problem on our side, not in your code. " +
        "Your score of 0 is not your grade: please contact the course staff, who can see what went wrong.";

    public static string Render() => JsonConvert.SerializeObject(
        new GradescopeResults
        {
            Score = 0,
            Output = StudentSentence,
            Tests = [],
            ExtraData = new GradescopeExtraData
            {
                GraderVersion = GraderInfo.Version,
                Status = StatusNames.Of(SubmissionStatus.GraderError),
                Summary = StudentSentence,
            },
        },
        GradescopeExporter.Settings).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
