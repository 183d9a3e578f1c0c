using System.Globalization;

namespace Hw3.ReferenceSolutions.Q3.Parameterizations;

/// <summary>
/// A monomial in the layer's dimensions, fan_in^FanInExponent · fan_out^FanOutExponent: the form of
/// every entry of Table 3 and of the spectral scaling condition.
/// </summary>
public readonly record struct WidthScaling(double FanInExponent, double FanOutExponent)
{
    /// <summary>The width-independent entry, written "1" in Table 3.</summary>
    public static WidthScaling Constant { get; } = new(0, 0);

    public double Evaluate(double fanIn, double fanOut)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fanIn);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fanOut);
        return Math.Pow(fanIn, FanInExponent) * Math.Pow(fanOut, FanOutExponent);
    }

    /// <summary>The product of two monomials (exponents add).</summary>
    public WidthScaling Times(WidthScaling other) =>
        new(FanInExponent + other.FanInExponent, FanOutExponent + other.FanOutExponent);

    public override string ToString()
    {
        if (FanInExponent == 0 && FanOutExponent == 0)
        {
            return "1";
        }

        var factors = new List<string>();
        if (FanInExponent != 0)
        {
            factors.Add(Factor("fan_in", FanInExponent));
        }

        if (FanOutExponent != 0)
        {
            factors.Add(Factor("fan_out", FanOutExponent));
        }

        return string.Join("·", factors);
    }

    private static string Factor(string name, double exponent) =>
        exponent == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}^{exponent}");
}
