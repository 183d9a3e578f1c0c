using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Exponent;

/// <summary>A single number (an exponent, say) within the item's tolerance; NaN and ±∞ never pass.</summary>
public sealed class NumberComparer(Tolerance tolerance) : IAnswerComparer
{
    public string? Mismatch(WireValue actual, WireValue expected) =>
        NumericAnswer.Defect(actual, expected) is { } defect ? defect
        : NumericAnswer.Matches(actual, expected, tolerance) ? null
        : $"answered {actual}, which is not right (tolerance: {tolerance})";
}
