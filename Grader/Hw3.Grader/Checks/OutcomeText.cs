using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Checks;

/// <summary>Plain words for a call that did not return a value.</summary>
public static class OutcomeText
{
    /// <summary>e.g. "Q1.InitScale(16, 4) threw NotImplementedException: The method or operation is not implemented."</summary>
    public static string Describe(MemberCall call, CallOutcome outcome) => outcome.Status switch
    {
        CallStatus.Returned => $"{call.Key} returned {outcome.Value}",
        CallStatus.Threw when outcome.ExceptionType == nameof(NotImplementedException) =>
            $"{call.Signature} is not implemented yet (it throws NotImplementedException)",
        CallStatus.Threw => $"{call.Key} threw {outcome.ExceptionType}: {outcome.Message}",
        CallStatus.SignatureMismatch => outcome.Message ?? $"{call.Signature} has another signature",
        CallStatus.TypeMissing or CallStatus.MemberMissing => $"{outcome.Message} (expected {call.Signature})",
        CallStatus.UnsupportedReturn => $"{call.Key}: {outcome.Message}",
        CallStatus.TooLarge => $"{call.Key} {outcome.Message}",
        CallStatus.TimedOut => $"{call.Key} {outcome.Message}",
        CallStatus.Crashed => $"{call.Key}: {outcome.Message}",
        _ => $"{call.Key} {outcome.Message}",
    };

    /// <summary>The short form for the one-line reason of an item.</summary>
    public static string Short(CallOutcome outcome) => outcome.Status switch
    {
        CallStatus.Threw when outcome.ExceptionType == nameof(NotImplementedException) => "not implemented",
        CallStatus.Threw => "threw " + outcome.ExceptionType,
        CallStatus.TypeMissing => "class missing",
        CallStatus.MemberMissing => "member missing",
        CallStatus.SignatureMismatch => "wrong signature",
        CallStatus.UnsupportedReturn => "unreadable return value",
        CallStatus.TooLarge => "answer too large",
        CallStatus.TimedOut => "timed out",
        CallStatus.Crashed => "crashed",
        CallStatus.NotRun => "not run",
        _ => "returned",
    };
}
