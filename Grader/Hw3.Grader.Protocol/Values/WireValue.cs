using System.Globalization;
using Hw3.TestFunctions;

namespace Hw3.Grader.Protocol.Values;

/// <summary>
/// A value that crosses the process boundary: an argument for a student member, or what it returned.
/// Exactly one payload property is set, the one that <see cref="Kind"/> names.
/// </summary>
public sealed record WireValue
{
    public required WireKind Kind { get; init; }
    public double? Number { get; init; }
    public long? Integer { get; init; }
    public bool? Flag { get; init; }
    public string? Text { get; init; }
    public double[]? Numbers { get; init; }
    public TestFunctionSpec? Function { get; init; }
    public int? Seed { get; init; }

    public static WireValue Null { get; } = new() { Kind = WireKind.Null };
    public static WireValue Of(double value) => new() { Kind = WireKind.Double, Number = value };
    public static WireValue Of(int value) => new() { Kind = WireKind.Int, Integer = value };
    public static WireValue Of(long value) => new() { Kind = WireKind.Int, Integer = value };
    public static WireValue Of(bool value) => new() { Kind = WireKind.Bool, Flag = value };
    public static WireValue Of(string? value) => value is null ? Null : new() { Kind = WireKind.String, Text = value };
    public static WireValue Of(double[] value) => new() { Kind = WireKind.DoubleArray, Numbers = value };
    public static WireValue OfFunction(TestFunctionSpec spec) => new() { Kind = WireKind.Function, Function = spec };
    public static WireValue OfGradient(TestFunctionSpec spec) => new() { Kind = WireKind.Gradient, Function = spec };
    public static WireValue OfRandom(int seed) => new() { Kind = WireKind.Random, Seed = seed };

    /// <summary>The value as a number, when it is one (an int counts); otherwise null.</summary>
    public double? AsDouble() => Kind switch
    {
        WireKind.Double => Number,
        WireKind.Int => Integer,
        _ => null,
    };

    /// <summary>Invariant-culture text for reports: round-trippable numbers, arrays in brackets.</summary>
    public override string ToString() => Kind switch
    {
        WireKind.Null => "null",
        WireKind.Double => FormatNumber(Number ?? double.NaN),
        WireKind.Int => (Integer ?? 0).ToString(CultureInfo.InvariantCulture),
        WireKind.Bool => Flag == true ? "true" : "false",
        WireKind.String => "\"" + Text + "\"",
        WireKind.DoubleArray => "[" + string.Join(", ", (Numbers ?? []).Select(FormatNumber)) + "]",
        WireKind.Function => $"f:{Function?.Name}",
        WireKind.Gradient => $"∇f:{Function?.Name}",
        WireKind.Random => $"new Random({(Seed ?? 0).ToString(CultureInfo.InvariantCulture)})",
        _ => Kind.ToString(),
    };

    /// <summary>A number as students and TAs read it: shortest round-trip form, invariant culture.</summary>
    public static string FormatNumber(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "+∞",
        double.NegativeInfinity => "−∞",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
