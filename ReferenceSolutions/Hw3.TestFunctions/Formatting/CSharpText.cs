using System.Globalization;

namespace Hw3.TestFunctions.Formatting;

/// <summary>
/// Writes the pieces of the C# lambdas that a <see cref="TestFunction"/> exposes. Numbers are round-trip
/// ("R"), invariant culture, and always carry a '.' or an 'E' so they are double literals in C#.
/// Signed sums are written so that C# evaluates them in exactly the order the forms compute them:
/// <c>a - b</c> is, in IEEE arithmetic, exactly <c>a + (-b)</c>.
/// </summary>
internal static class CSharpText
{
    public const string Exp = "System.Math.Exp";
    public const string Sin = "System.Math.Sin";
    public const string Cos = "System.Math.Cos";

    /// <summary>A double literal, e.g. <c>2.0</c>, <c>-0.5</c>, <c>1E-07</c>.</summary>
    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal)
            ? text
            : text + ".0";
    }

    /// <summary>The i-th input component, <c>x[i]</c>.</summary>
    public static string Element(int index) => "x[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>
    /// <c>coefficient * factors</c> as the first term of a sum, or <c> + |coefficient| * factors</c> /
    /// <c> - |coefficient| * factors</c> as a later one.
    /// </summary>
    public static string Term(double coefficient, string factors, bool first) =>
        first ? Number(coefficient) + " * " + factors : Sign(coefficient) + Number(Math.Abs(coefficient)) + " * " + factors;

    /// <summary>A constant added at the end of a sum: <c> + 2.0</c> or <c> - 2.0</c>.</summary>
    public static string Constant(double value) => Sign(value) + Number(Math.Abs(value));

    /// <summary><c>new double[] { e0, e1, ... }</c>.</summary>
    public static string DoubleArray(IEnumerable<string> elements) => "new double[] { " + string.Join(", ", elements) + " }";

    /// <summary>A vector for people: <c>[1.5, -0.5]</c>.</summary>
    public static string Vector(IEnumerable<double> values) =>
        "[" + string.Join(", ", values.Select(Plain)) + "]";

    /// <summary>A number for people: <c>2</c>, <c>-0.5</c>.</summary>
    public static string Plain(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Sign(double value) => double.IsNegative(value) ? " - " : " + ";
}
