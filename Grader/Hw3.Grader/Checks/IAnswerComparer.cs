using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Checks;

/// <summary>How a single answered value compares with its reference (choice, boolean, number).</summary>
public interface IAnswerComparer
{
    /// <summary>Null when right; otherwise why not, in words that do not give the answer away.</summary>
    string? Mismatch(WireValue actual, WireValue expected);
}
