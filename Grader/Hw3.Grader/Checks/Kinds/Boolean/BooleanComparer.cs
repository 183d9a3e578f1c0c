using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Checks.Kinds.Boolean;

/// <summary>A true/false answer.</summary>
public sealed class BooleanComparer : IAnswerComparer
{
    public string? Mismatch(WireValue actual, WireValue expected) =>
        actual.Kind != WireKind.Bool ? $"returned {actual}; expected true or false"
        : actual.Flag == expected.Flag ? null
        : $"answered {actual}, which is not right";
}
