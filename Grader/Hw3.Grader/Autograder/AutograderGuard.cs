using Hw3.Grader.Reporting;

namespace Hw3.Grader.Autograder;

/// <summary>
/// The top-level guard of <c>hw3 autograder</c>: whatever grading throws (a bug, a missing rubric, a full disk,
/// cancellation), a valid results.json is written: <see cref="GraderFailureReport"/> for the student, the error for
/// staff on the staff-only output. Only a results folder that cannot be written at all goes unreported, and that
/// is said on the staff output too (run_autograder then writes its own last-resort report).
/// </summary>
public static class AutograderGuard
{
    /// <returns>Whether the grade itself (not the failure report) was written.</returns>
    public static async Task<bool> RunAsync(string resultsFile, Action<string> staff, Func<Task<string>> grade)
    {
        try
        {
            var results = await grade().ConfigureAwait(false);
            await AtomicFile.WriteAsync(resultsFile, results, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Exception e)
        {
            staff("hw3 autograder: grading failed; the student gets a score of 0 and is told to contact staff. The error:");
            staff(e.ToString());
            try
            {
                await AtomicFile.WriteAsync(resultsFile, GraderFailureReport.Render(), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception writing)
            {
                staff("hw3 autograder: the failure report could not be written either: " + writing);
            }

            return false;
        }
    }
}
