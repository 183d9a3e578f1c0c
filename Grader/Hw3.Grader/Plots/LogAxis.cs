using System.Globalization;
using ScottPlot;

namespace Hw3.Grader.Plots;

/// <summary>
/// Log scales for ScottPlot, which draws linear axes only: data go in as log₁₀ values, and the axis labels its ticks with
/// the values themselves and draws log-spaced minor ticks, so a reader sees 64, 128, … rather than 1.8, 2.1, ….
/// </summary>
public static class LogAxis
{
    /// <summary>log₁₀ of each value; NaN for a value a log axis cannot show (zero, negative, not finite), which the caller drops.</summary>
    public static double[] Of(IEnumerable<double> values) => [.. values.Select(v => v > 0 && double.IsFinite(v) ? Math.Log10(v) : double.NaN)];

    /// <summary>The left axis as a log axis with automatic ticks.</summary>
    public static void Left(Plot plot) => plot.Axes.Left.TickGenerator = Automatic();

    /// <summary>The bottom axis as a log axis with automatic ticks.</summary>
    public static void Bottom(Plot plot) => plot.Axes.Bottom.TickGenerator = Automatic();

    /// <summary>The bottom axis as a log axis with a tick at each given value (widths, fan-ins): few values, each worth reading.</summary>
    public static void BottomAt(Plot plot, IEnumerable<double> values)
    {
        var distinct = values.Distinct().Order().ToArray();
        plot.Axes.Bottom.SetTicks([.. distinct.Select(Math.Log10)], [.. distinct.Select(Label)]);
    }

    /// <summary>How an axis labels a value: a whole number as it is (1024, not 1.02E+03), any other to 3 significant figures; invariant culture.</summary>
    public static string Label(double value) =>
        value >= 1 && value < 1e7 && Math.Abs(value - Math.Round(value)) < 1e-9 * value
            ? Math.Round(value).ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("G3", CultureInfo.InvariantCulture);

    private static ScottPlot.TickGenerators.NumericAutomatic Automatic() => new()
    {
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        LabelFormatter = exponent => Label(Math.Pow(10, exponent)),
    };
}
