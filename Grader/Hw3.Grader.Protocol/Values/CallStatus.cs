namespace Hw3.Grader.Protocol.Values;

/// <summary>How one call into student code ended.</summary>
public enum CallStatus
{
    /// <summary>The member returned a value (see <see cref="CallOutcome.Value"/>).</summary>
    Returned,
    /// <summary>The member threw; <see cref="CallOutcome.ExceptionType"/> and message say what.</summary>
    Threw,
    /// <summary>The static class (e.g. <c>Q1</c>) is not in the submission.</summary>
    TypeMissing,
    /// <summary>The class exists but has no member of that name.</summary>
    MemberMissing,
    /// <summary>A member of that name exists with other parameter types; the message names both.</summary>
    SignatureMismatch,
    /// <summary>The value returned has a type the grader cannot read (e.g. an object).</summary>
    UnsupportedReturn,
    /// <summary>The value returned is larger than the grader keeps (<see cref="Limits.AnswerLimits"/>), e.g. an array of a million numbers.</summary>
    TooLarge,
    /// <summary>Set by the grader: no answer within the call's time limit; the runner was killed.</summary>
    TimedOut,
    /// <summary>Set by the grader: the runner died (stack overflow, out of memory, exit) before answering.</summary>
    Crashed,
    /// <summary>Set by the grader: the call was never made (the submission did not compile, or its time budget ran out).</summary>
    NotRun,
}
