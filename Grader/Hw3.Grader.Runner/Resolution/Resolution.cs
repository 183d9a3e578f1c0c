using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Runner.Resolution;

/// <summary>What a lookup found, or the outcome that tells the student why nothing fit.</summary>
internal sealed record Resolution<T>(T? Value, CallOutcome? Failure)
    where T : class
{
    public static Resolution<T> Found(T value) => new(value, null);

    public static Resolution<T> Failed(CallStatus status, string message) => new(null, CallOutcome.Failed(status, message));
}
