using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using ScottPlot;

namespace Hw3.Grader.Plots;

/// <summary>
/// coordcheck.png, for the student: the RMS of each layer's activation change after one Adam step against width, one
/// line per layer, in three panels on one scale: the student's rule beside μP's and standard parameterization's (each
/// layer trained with that rule for its own kind, μP's for the others, as q2c grades it), both axes log.
/// Drawn from the curves the behaviour items keep in the report model, so <c>hw3 grade</c> and <c>hw3 check</c> draw the
/// same picture from the report they hold: call <see cref="WriteBesideAsync"/> after grading.
/// </summary>
public static class CoordinateCheckFigure
{
    public const string FileName = "coordcheck.png";

    public const int Width = 1650;

    public const int Height = 650;

    private static readonly CurveRule[] Panels = [CurveRule.Student, CurveRule.MaximalUpdate, CurveRule.Standard];

    /// <summary>The picture, or null when no item measured anything (Q2(c) did not run: a compile error, a missing member).</summary>
    public static Multiplot? Draw(IEnumerable<ItemResult> items)
    {
        var curves = items.SelectMany(i => i.Curves).ToList();
        var values = curves.SelectMany(c => c.Values).Where(v => v > 0 && double.IsFinite(v)).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var multiplot = new Multiplot();
        multiplot.AddPlots(Panels.Length);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        var layers = curves.Select(c => c.Layer).Distinct().ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var (low, high) = (Math.Log10(values.Min()), Math.Log10(values.Max()));
        foreach (var (rule, i) in Panels.Select((r, i) => (r, i)))
        {
            var plot = multiplot.GetPlot(i);
            foreach (var curve in curves.Where(c => c.Rule == rule))
            {
                var points = curve.Widths.Zip(curve.Values).Where(p => p.Second > 0 && double.IsFinite(p.Second)).ToList();
                var line = plot.Add.Scatter(LogAxis.Of(points.Select(p => (double)p.First)), LogAxis.Of(points.Select(p => p.Second)), palette.GetColor(layers.IndexOf(curve.Layer)));
                line.LegendText = curve.Layer;
                line.LineWidth = 2;
                line.MarkerSize = 6;
            }

            plot.Title(Title(rule));
            plot.XLabel("hidden width (log scale)");
            plot.YLabel(i == 0 ? "RMS of the activation change (log scale)" : "");
            LogAxis.BottomAt(plot, curves.SelectMany(c => c.Widths).Select(w => (double)w));
            LogAxis.Left(plot);
            plot.Axes.SetLimitsY(low - 0.1, high + 0.1);
            plot.ShowLegend(Edge.Bottom);
        }

        return multiplot;
    }

    /// <summary>The picture as PNG bytes, or null (see <see cref="Draw"/>).</summary>
    public static byte[]? Render(IEnumerable<ItemResult> items) => Draw(items)?.Render(Width, Height).GetImageBytes(ImageFormat.Png, 100);

    /// <summary>
    /// Writes coordcheck.png into the folder of <paramref name="reportPath"/> (atomically) and returns its path; null, and
    /// nothing written, when there is nothing to draw.
    /// </summary>
    public static Task<string?> WriteBesideAsync(GradeReport report, string reportPath, CancellationToken cancellationToken) =>
        WriteIntoAsync(report, Path.GetDirectoryName(Path.GetFullPath(reportPath))!, cancellationToken);

    /// <summary>Writes coordcheck.png into <paramref name="folder"/> (atomically) and returns its path; null, and nothing written, when there is nothing to draw.</summary>
    public static async Task<string?> WriteIntoAsync(GradeReport report, string folder, CancellationToken cancellationToken)
    {
        if (Render(report.Items) is not { } png)
        {
            return null;
        }

        var path = Path.Combine(Path.GetFullPath(folder), FileName);
        await AtomicFile.WriteAsync(path, png, cancellationToken);
        return path;
    }

    /// <summary>Each panel's title: whose rates trained the layers it shows (the other layer kinds keep μP's rates).</summary>
    private static string Title(CurveRule rule) => rule switch
    {
        CurveRule.Student => "Your learning rates: flat lines are μP",
        CurveRule.MaximalUpdate => "μP's learning rates",
        _ => "Standard parameterization (baseLr at every width)",
    };
}
