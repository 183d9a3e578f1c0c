using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Grading;

/// <summary>What came back for each planned call of one submission, looked up by the call's key.</summary>
/// <param name="SubmissionName">The submission as the TA named it (a folder or file name, never a machine path).</param>
public sealed class CallResults(IReadOnlyDictionary<string, CallOutcome> outcomes, string submissionName)
{
    public string SubmissionName { get; } = submissionName;

    private static readonly CallOutcome Missing =
        CallOutcome.Failed(CallStatus.NotRun, "was not run");

    public CallOutcome this[MemberCall call] => outcomes.TryGetValue(call.Key, out var outcome) ? outcome : Missing;

    /// <summary>Every planned call answered with the same outcome: the submission did not compile, say.</summary>
    public static CallResults AllFailed(IEnumerable<MemberCall> calls, CallOutcome outcome, string submissionName) =>
        new(calls.Select(c => c.Key).Distinct().ToDictionary(k => k, _ => outcome), submissionName);

    /// <summary>
    /// The line under a failing call in an item's details: the call as a C# expression, <c>Call: Q1.InitScale(16, 4)</c>.
    /// Students read these details, so the line names no command and no path; staff output adds the <c>./hw3 eval</c>
    /// line with the submission's real path (<see cref="StaffReproduction"/>).
    /// </summary>
    public static string CallLine(MemberCall call) => CallLinePrefix + call.Key;

    public const string CallLinePrefix = "Call: ";
}
