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

    public override string ToString() => $"relative {Format(Relative)}, absolute {Format(Absolute)}";

    /// <summary>1e-9 rather than 1E-09: how people write tolerances and probabilities.</summary>
    public static string Format(double value) =>
        value == 0 ? "0"
        : Math.Abs(value) is >= 1e-3 and < 1e4 ? value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)
        : value.ToString("0.##e0", System.Globalization.CultureInfo.InvariantCulture);
}
