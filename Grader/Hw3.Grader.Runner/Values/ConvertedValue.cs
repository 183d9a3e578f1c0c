using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Runner.Values;

/// <summary>A returned value as it will cross the wire, or why it cannot (and the status that says so).</summary>
internal sealed record ConvertedValue(WireValue? Value, string? Problem, CallStatus ProblemStatus = CallStatus.UnsupportedReturn)
{
    public static ConvertedValue Of(WireValue value) => new(value, null);

    public static ConvertedValue Unreadable(string problem) => new(null, problem);

    /// <summary>Readable, but larger than the grader keeps (<see cref="Protocol.Limits.AnswerLimits"/>).</summary>
    public static ConvertedValue TooLarge(string problem) => new(null, problem, CallStatus.TooLarge);
}
