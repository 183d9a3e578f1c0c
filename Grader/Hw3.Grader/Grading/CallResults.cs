using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Grading;

/// <summary>What came back for each planned call of one submission, looked up by the call's key.</summary>
/// <param name="SubmissionName">The submission as the TA named it (a folder or file name, never a machine path), for reproduce lines.</param>
public sealed class CallResults(IReadOnlyDictionary<string, CallOutcome> outcomes, string submissionName)
{
    public string SubmissionName { get; } = submissionName;

    private static readonly CallOutcome Missing =
        CallOutcome.Failed(CallStatus.NotRun, "was not run");

    public CallOutcome this[MemberCall call] => outcomes.TryGetValue(call.Key, out var outcome) ? outcome : Missing;

    /// <summary>Every planned call answered with the same outcome: the submission did not compile, say.</summary>
    public static CallResults AllFailed(IEnumerable<MemberCall> calls, CallOutcome outcome, string submissionName) =>
        new(calls.Select(c => c.Key).Distinct().ToDictionary(k => k, _ => outcome), submissionName);

    /// <summary>A line a TA can paste to reproduce one call: <c>Reproduce: ./hw3 eval perfect "Q1.InitScale(16, 4)"</c>.</summary>
    public string Reproduce(MemberCall call) =>
        $"Reproduce: ./hw3 eval {Quote(SubmissionName)} \"{call.Key.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    private static string Quote(string name) =>
        name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/') ? name : "'" + name.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
