using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Runner.Values;

/// <summary>A returned value as it will cross the wire, or why it cannot.</summary>
internal sealed record ConvertedValue(WireValue? Value, string? Problem)
{
    public static ConvertedValue Of(WireValue value) => new(value, null);

    public static ConvertedValue Unreadable(string problem) => new(null, problem);
}
