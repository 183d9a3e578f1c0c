namespace Hw3.Grader.Rubrics;

/// <summary>
/// |actual − expected| ≤ max(Absolute, Relative·|expected|). NaN and ±∞ never pass, whatever the
/// expected value (an infinite reference is a grader bug, not a student success).
/// </summary>
public sealed record Tolerance(double Relative, double Absolute)
{
    public static Tolerance Default { get; } = new(1e-9, 1e-12);

    public bool Accepts(double actual, double expected) =>
        double.IsFinite(actual) && double.IsFinite(expected)
        && Math.Abs(actual - expected) <= Math.Max(Absolute, Relative * Math.Abs(expected));

    public override string ToString() =>
        FormattableString.Invariant($"relative {Relative:G3}, absolute {Absolute:G3}");
}
