using System.Globalization;
using System.Runtime.CompilerServices;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Execution;

/// <summary>
/// One planned call into student code: <c>Q1.InitScale(16, 4)</c>. Checks plan these; the runner
/// session performs them; <see cref="Key"/> identifies a call so identical calls are made once.
/// </summary>
/// <param name="TypeName">Static class in the global namespace, e.g. <c>Q1</c>.</param>
/// <param name="MemberName">e.g. <c>InitScale</c>.</param>
/// <param name="ParameterTypes">C# parameter type names, or null for a property, field or constant.</param>
/// <param name="Arguments">One per parameter.</param>
public sealed record MemberCall(
    string TypeName,
    string MemberName,
    IReadOnlyList<string>? ParameterTypes,
    IReadOnlyList<WireValue> Arguments)
{
    /// <summary>The member with its signature, e.g. <c>Q1.InitScale(int, int)</c> or <c>Q1.WhyOnlyFanInMatters</c>.</summary>
    public string Signature => ParameterTypes is null
        ? $"{TypeName}.{MemberName}"
        : $"{TypeName}.{MemberName}({string.Join(", ", ParameterTypes)})";

    /// <summary>Keys computed once per instance (by reference, so a <c>with</c> copy gets its own and equality is untouched).</summary>
    private static readonly ConditionalWeakTable<MemberCall, string> Keys = new();

    /// <summary>
    /// The call as C# a TA could type into <c>./hw3 eval</c>, e.g. <c>Q1.InitScale(16, 4)</c>. It keys every
    /// lookup of the call's outcome and reference values, so it is built once.
    /// </summary>
    public string Key => Keys.GetValue(this, static call => call.ParameterTypes is null
        ? $"{call.TypeName}.{call.MemberName}"
        : $"{call.TypeName}.{call.MemberName}({string.Join(", ", call.Arguments.Select(ToCSharp))})");

    public override string ToString() => Key;

    /// <summary>A wire value written as a C# expression that builds the same argument.</summary>
    public static string ToCSharp(WireValue value) => value.Kind switch
    {
        WireKind.Double => ToCSharpDouble(value.Number ?? double.NaN),
        WireKind.Int => (value.Integer ?? 0).ToString(CultureInfo.InvariantCulture),
        WireKind.Bool => value.Flag == true ? "true" : "false",
        WireKind.String => "\"" + (value.Text ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        WireKind.DoubleArray => "new double[] { " + string.Join(", ", (value.Numbers ?? []).Select(ToCSharpDouble)) + " }",
        WireKind.Function => Hw3.TestFunctions.TestFunctionCatalog.Create(value.Function!).ValueExpression,
        WireKind.Gradient => Hw3.TestFunctions.TestFunctionCatalog.Create(value.Function!).GradientExpression,
        WireKind.Random => $"new Random({(value.Seed ?? 0).ToString(CultureInfo.InvariantCulture)})",
        _ => "null",
    };

    private static string ToCSharpDouble(double d) => d switch
    {
        double.NaN => "double.NaN",
        double.PositiveInfinity => "double.PositiveInfinity",
        double.NegativeInfinity => "double.NegativeInfinity",
        _ => d.ToString("R", CultureInfo.InvariantCulture) is var s && (s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal)) ? s : s + ".0",
    };
}
