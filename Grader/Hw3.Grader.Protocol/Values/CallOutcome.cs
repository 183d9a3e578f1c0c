namespace Hw3.Grader.Protocol.Values;

/// <summary>The raw result of one call into student code. Scores are decided elsewhere, by the grader.</summary>
public sealed record CallOutcome
{
    public required CallStatus Status { get; init; }
    public WireValue? Value { get; init; }
    public string? ExceptionType { get; init; }
    /// <summary>Plain words for the student: the exception message, what was found instead, how it crashed.</summary>
    public string? Message { get; init; }
    public double ElapsedMs { get; init; }

    public static CallOutcome Returned(WireValue value, double elapsedMs) =>
        new() { Status = CallStatus.Returned, Value = value, ElapsedMs = elapsedMs };

    public static CallOutcome Failed(CallStatus status, string message, string? exceptionType = null, double elapsedMs = 0) =>
        new() { Status = status, Message = message, ExceptionType = exceptionType, ElapsedMs = elapsedMs };
}
