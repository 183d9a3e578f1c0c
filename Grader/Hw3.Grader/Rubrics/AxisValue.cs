using System.Globalization;

namespace Hw3.Grader.Rubrics;

/// <summary>One value on an axis: a number or a name.</summary>
public sealed record AxisValue(double? Number, string? Name)
{
    public override string ToString() => Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : Name ?? "";
}
