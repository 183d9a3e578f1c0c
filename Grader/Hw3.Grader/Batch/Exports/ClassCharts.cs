using System.Globalization;
using System.Text.RegularExpressions;
using Hw3.Grader.Reporting;

namespace Hw3.Grader.Batch.Exports;

/// <summary>
/// The charts of summary.html, drawn by ScottPlot as SVG. Only the grader's own text reaches a chart (score ranges
/// and rubric item ids), never a student's.
/// </summary>
public static partial class ClassCharts
{
    private const int Width = 720;
    private const int Height = 320;

    /// <summary>How many submissions scored in each tenth of the automatic points.</summary>
    public static string ScoreHistogram(ClassStatistics statistics)
    {
        var plot = new ScottPlot.Plot();
        var bins = statistics.Histogram;
        plot.Add.Bars(bins.Select(b => (double)b.Count).ToArray());
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, bins.Count).Select(i => (double)i).ToArray(),
            bins.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Low:0.##}-{b.High:0.##}")).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.XLabel("automatic score");
        plot.YLabel("submissions");
        return Stable(plot.GetSvgXml(Width, Height));
    }

    /// <summary>Each automatic item's pass rate, in percent, one bar per item in rubric order.</summary>
    public static string PassRates(ClassStatistics statistics)
    {
        var plot = new ScottPlot.Plot();
        var items = statistics.Items;
        var bars = plot.Add.Bars(items.Select(i => i.PassRate * 100).ToArray());
        bars.Horizontal = true;
        // Top to bottom in rubric order: the first item gets the highest position.
        var positions = Enumerable.Range(0, items.Count).Select(i => (double)(items.Count - 1 - i)).ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            bars.Bars[i].Position = positions[i];
        }

        plot.Axes.Left.SetTicks(positions, items.Select(i => i.Id).ToArray());
        plot.Axes.SetLimitsX(0, 100);
        plot.XLabel("passed (%)");
        return Stable(plot.GetSvgXml(Width, Math.Max(Height, 40 + (22 * items.Count))));
    }

    /// <summary>
    /// Skia's SVG writer numbers clip paths with a counter shared by the whole process (cl_8 in one page, cl_c in the
    /// next): renumbered in order of appearance, the same class always gives the same page, byte for byte.
    /// </summary>
    private static string Stable(string svg)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathId().Replace(svg, match =>
        {
            if (!names.TryGetValue(match.Value, out var name))
            {
                name = "clip" + names.Count.ToString(CultureInfo.InvariantCulture);
                names[match.Value] = name;
            }

            return name;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipPathId();
}
