using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>Compares numbers and arrays of numbers under a tolerance; anything non-finite fails.</summary>
public static class NumericAnswer
{
    public static bool Matches(WireValue actual, WireValue expected, Tolerance tolerance)
    {
        if (expected.Kind == WireKind.DoubleArray)
        {
            return actual.Kind == WireKind.DoubleArray
                && actual.Numbers!.Length == expected.Numbers!.Length
                && actual.Numbers.Zip(expected.Numbers).All(p => tolerance.Accepts(p.First, p.Second));
        }

        if (expected.Kind is WireKind.Bool or WireKind.String)
        {
            return actual.Kind == expected.Kind && actual.Flag == expected.Flag && actual.Text == expected.Text;
        }

        return actual.AsDouble() is { } a && expected.AsDouble() is { } e && tolerance.Accepts(a, e);
    }

    /// <summary>Why a value cannot be right whatever the reference: NaN, ±∞, a wrong length. Null when it is a candidate.</summary>
    public static string? Defect(WireValue actual, WireValue expected)
    {
        if (expected.Kind == WireKind.DoubleArray)
        {
            if (actual.Kind != WireKind.DoubleArray)
            {
                return $"returned {actual}, not an array of numbers";
            }

            if (actual.Numbers!.Length != expected.Numbers!.Length)
            {
                return $"returned an array of length {actual.Numbers.Length}; expected length {expected.Numbers.Length} (one entry per dimension)";
            }

            return actual.Numbers.Any(d => !double.IsFinite(d)) ? "returned an array containing NaN or ±∞" : null;
        }

        if (actual.AsDouble() is not { } value)
        {
            return expected.AsDouble() is null ? null : $"returned {actual}, not a number";
        }

        return double.IsNaN(value) ? "returned NaN" : double.IsInfinity(value) ? $"returned {actual}" : null;
    }
}
