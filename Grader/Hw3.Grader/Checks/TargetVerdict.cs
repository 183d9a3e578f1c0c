using Hw3.Grader.Grading;

namespace Hw3.Grader.Checks;

/// <summary>How one member of an item fared: passed or not, a short reason, explaining lines, and mistakes recognised.</summary>
public sealed record TargetVerdict(bool Passed, string Reason, IReadOnlyList<string> Lines, IReadOnlyList<string> Mistakes)
{
    /// <summary>For a failed target: what a student may be told (the item fills in the property from its rubric feedback).</summary>
    public StudentFinding? Finding { get; init; }

    public static TargetVerdict Pass(string line) => new(true, "correct", [line], []);

    public static TargetVerdict Fail(string reason, IReadOnlyList<string> lines, IReadOnlyList<string>? mistakes = null) =>
        new(false, reason, lines, mistakes ?? []);
}
