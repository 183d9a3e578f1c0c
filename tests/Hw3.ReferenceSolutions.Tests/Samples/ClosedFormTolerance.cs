namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>
/// A student's closed form and the reference may evaluate the same expression in a different order:
/// allow a few ulps of relative rounding, nothing more.
/// </summary>
internal static class ClosedFormTolerance
{
    private const double RelativeRounding = 1e-12;

    public static double For(double expected) => RelativeRounding * Math.Max(1.0, Math.Abs(expected));
}
