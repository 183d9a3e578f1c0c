using System.Globalization;
using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.Grader.Checks.Kinds.Behaviour;

/// <summary>
/// The coordinate check's numbers as a small markdown table: one row per width, and for each graded layer the
/// activation change under the student's rates, under μP and under standard parameterization; then the slopes.
/// </summary>
public static class ActivationChangeTable
{
    public static IEnumerable<string> Lines(
        IReadOnlyList<int> layerIndices, int hiddenLayers, CoordinateCheckResult student, CoordinateCheckResult mup, CoordinateCheckResult standard)
    {
        var layers = layerIndices.Select(i => student.Points.First(p => p.Layer.Index == i).Layer).ToList();
        var header = "| width | " + string.Join(" | ", layers.Select(l => $"{LayerNames.Short(l, hiddenLayers)}: yours | μP | SP")) + " |";
        var rule = "|---:|" + string.Concat(layers.Select(_ => "---:|---:|---:|"));
        yield return header;
        yield return rule;
        foreach (var width in student.Points.Select(p => p.Width).Distinct().Order())
        {
            yield return $"| {width} | " + string.Join(" | ", layers.Select(l =>
                string.Join(" | ", new[] { student, mup, standard }.Select(r => Number(Change(r, width, l.Index)))))) + " |";
        }

        yield return "| slope | " + string.Join(" | ", layers.Select(l =>
            string.Join(" | ", new[] { student, mup, standard }.Select(r => Slope(r.Slopes.First(s => s.LayerIndex == l.Index).SlopeVsWidth))))) + " |";
    }

    /// <summary>A slope as messages show it: "+0.97", "−0.02", "0.00", and "none" when it could not be fitted.</summary>
    public static string Slope(double slope)
    {
        if (!double.IsFinite(slope))
        {
            return "none";
        }

        // Rounded first, so that −0.004 reads 0.00 rather than a signed zero.
        var rounded = Math.Round(slope, 2);
        return rounded == 0 ? "0.00" : (rounded < 0 ? "−" : "+") + Math.Abs(rounded).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static double Change(CoordinateCheckResult result, int width, int layer) =>
        result.Points.First(p => p.Width == width && p.Layer.Index == layer).ActivationChangeRms;

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("G3", CultureInfo.InvariantCulture) : "NaN";
}
