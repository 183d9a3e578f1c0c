using System.Globalization;
using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q3.Parameterizations;
using ScottPlot;

namespace Hw3.Grader.Plots;

/// <summary>
/// The five figures of Q2 drawn from the references, for staff (<c>hw3 figures</c>): (a) activation change per layer across
/// widths under Adam with standard parameterization; (b) three norms of ΔW against the activation change; (c) the μP
/// version of (a); (d) the ScaledMLP; (e) loss against learning rate per width, standard parameterization and μP side by side.
/// </summary>
public static class Q2Figures
{
    public const int Width = 1100;

    public const int Height = 650;

    public static IReadOnlyList<RenderedFigure> Render(FigureData data)
    {
        var (low, high) = ChangeRange(data.Widths);
        return
        [
            new("q2a-activation-change-sp.png", "(a) activation change per layer across widths, standard parameterization under Adam",
                Png(CoordinateCheck(data.Widths.Standard, "(a) Standard parameterization, one Adam step: activation change grows with width", low, high))),
            new("q2b-update-norms.png", "(b) Frobenius, spectral and RMS→RMS norms of ΔW against the activation change", Png(Norms(data.Norms))),
            new("q2c-activation-change-mup.png", "(c) the μP version of (a)",
                Png(CoordinateCheck(data.Widths.MaximalUpdate, "(c) μP, one Adam step: activation change flat across widths", low, high))),
            new("q2d-scaled-mlp.png", "(d) the ScaledMLP under plain Adam", Png(Scaled(data.Scaled))),
            new("q2e-lr-sweep.png", "(e) loss against learning rate per width, standard parameterization and μP side by side", Png(Sweep(data.Sweep))),
        ];
    }

    private static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);

    private static byte[] Png(Multiplot plots) => plots.Render(Width * 3 / 2, Height).GetImageBytes(ImageFormat.Png, 100);

    private static Plot CoordinateCheck(CoordinateCheckResult result, string title, double low, double high)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var layer in result.Points.GroupBy(p => p.Layer.Index).OrderBy(g => g.Key))
        {
            var points = layer.OrderBy(p => p.Width).ToList();
            var slope = result.Slopes.Single(s => s.LayerIndex == layer.Key).SlopeVsWidth;
            var line = plot.Add.Scatter(LogAxis.Of(points.Select(p => (double)p.Width)), LogAxis.Of(points.Select(p => p.ActivationChangeRms)), palette.GetColor(layer.Key));
            line.LegendText = $"{LayerName(points[0].Layer.Kind, layer.Key)} (slope {Signed(slope)})";
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }

        plot.Title(title);
        plot.XLabel("hidden width (log scale)");
        plot.YLabel("RMS of the activation change (log scale)");
        LogAxis.BottomAt(plot, result.Points.Select(p => (double)p.Width));
        LogAxis.Left(plot);
        plot.Axes.SetLimitsY(Math.Log10(low) - 0.1, Math.Log10(high) + 0.1);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    private static Multiplot Norms(NormComparisonResult result)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(UpdateNormKind.All.Count);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        var layers = result.Layerwise.Layers;
        foreach (var (kind, i) in UpdateNormKind.All.Select((k, i) => (k, i)))
        {
            var plot = multiplot.GetPlot(i);
            var xs = LogAxis.Of(layers.Select(l => UpdateNormKind.Select(l.UpdateNorms!, kind)));
            var ys = LogAxis.Of(layers.Select(l => l.ActivationChangeRms));
            var points = plot.Add.ScatterPoints(xs, ys, Colors.C0);
            points.MarkerSize = 9;
            foreach (var (layer, j) in layers.Select((l, j) => (l, j)))
            {
                var label = plot.Add.Text($"{layer.Layer.FanIn}→{layer.Layer.FanOut}", xs[j], ys[j]);
                label.LabelFontSize = 11;
                label.LabelOffsetX = 6;
            }

            var best = kind == result.NormThatTracksFeatureChange ? " (tracks it best)" : "";
            plot.Title($"{(i == 0 ? "(b) " : "")}{NormName(kind)}: r = {result.CorrelationOf(kind).ToString("0.00", CultureInfo.InvariantCulture)}{best}");
            plot.XLabel($"{NormName(kind)} norm of ΔW (log scale)");
            plot.YLabel(i == 0 ? "RMS of the activation change (log scale)" : "");
            LogAxis.Bottom(plot);
            LogAxis.Left(plot);

            // Room on the right for the last point's label ("256→1024").
            var (left, right) = (xs.Where(double.IsFinite).Min(), xs.Where(double.IsFinite).Max());
            plot.Axes.SetLimitsX(left - (0.08 * (right - left)), right + (0.3 * (right - left)));
        }

        return multiplot;
    }

    private static Plot Scaled(ScaledMlpResult result)
    {
        var plot = new Plot();
        var fanIns = result.Layers.Select(l => (double)l.Layer.FanIn).ToList();
        var ordered = result.Layers.OrderBy(l => l.Layer.FanIn).ToList();
        var predicted = plot.Add.Scatter(LogAxis.Of(ordered.Select(l => (double)l.Layer.FanIn)), LogAxis.Of(ordered.Select(l => l.PredictedEffectRatio)), Colors.Gray);
        predicted.LegendText = "1 / fan-in (the forward multiplier)";
        predicted.LinePattern = LinePattern.Dashed;
        predicted.MarkerSize = 0;
        var own = plot.Add.ScatterPoints(LogAxis.Of(fanIns), LogAxis.Of(result.Layers.Select(l => l.EffectRatio)), Colors.C0);
        own.LegendText = "own update's effect: ScaledMLP / plain MLP";
        own.MarkerSize = 11;
        var full = plot.Add.ScatterPoints(LogAxis.Of(fanIns), LogAxis.Of(result.Layers.Select(l => l.ActivationChangeRatio)), Colors.C1);
        full.LegendText = "activation change: ScaledMLP / plain MLP";
        full.MarkerSize = 8;
        full.MarkerShape = MarkerShape.FilledSquare;
        var step = plot.Add.ScatterPoints(LogAxis.Of(fanIns), LogAxis.Of(result.Layers.Select(l => l.UpdateFrobeniusRatio)), Colors.C2);
        step.LegendText = "‖ΔW‖ of the step: ScaledMLP / plain MLP";
        step.MarkerSize = 8;
        step.MarkerShape = MarkerShape.FilledTriangleUp;
        plot.Title($"(d) ScaledMLP under plain Adam: same step, its effect shrinks like fan-in^{Signed(result.EffectRatioSlopeVsFanIn)}");
        plot.XLabel("fan-in of the layer (log scale)");
        plot.YLabel("ratio, ScaledMLP over plain MLP (log scale)");
        LogAxis.BottomAt(plot, fanIns);
        LogAxis.Left(plot);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    private static Multiplot Sweep(LearningRateSweepResult result)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        var finite = result.Points.Where(p => double.IsFinite(p.Loss)).ToList();
        var (low, high) = (finite.Min(p => p.Loss), finite.Max(p => p.Loss));
        var rates = result.Points.Select(p => p.Log2LearningRate).Distinct().Order().ToArray();
        var widths = result.Points.Select(p => p.Width).Distinct().Order().ToList();
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var (parameterization, i) in new[] { Parameterization.Standard, Parameterization.MaximalUpdate }.Select((p, i) => (p, i)))
        {
            var plot = multiplot.GetPlot(i);
            foreach (var width in widths)
            {
                var color = palette.GetColor(widths.IndexOf(width));
                var points = result.Points.Where(p => p.Parameterization == parameterization && p.Width == width && double.IsFinite(p.Loss))
                    .OrderBy(p => p.Log2LearningRate).ToList();
                var line = plot.Add.Scatter(points.Select(p => p.Log2LearningRate).ToArray(), points.Select(p => p.Loss).ToArray(), color);
                line.LegendText = $"width {width}";
                line.LineWidth = 2;
                var optimum = result.OptimaOf(parameterization).Single(o => o.Width == width);
                var marker = plot.Add.Marker(optimum.Log2LearningRate, optimum.Loss, MarkerShape.FilledDiamond, 14, color);
                marker.LegendText = "";
            }

            var slope = result.OptimalLearningRateSlope(parameterization);
            plot.Title($"(e) {(parameterization == Parameterization.Standard ? "standard parameterization" : "μP")}: optimum {Signed(slope)} octaves per width doubling");
            plot.XLabel("learning rate (log₂ scale; ◆ the optimum)");
            plot.YLabel(i == 0 ? "validation loss after training" : "");
            plot.Axes.Bottom.SetTicks(rates, [.. rates.Select(r => "2^" + r.ToString("0", CultureInfo.InvariantCulture))]);
            plot.Axes.SetLimitsY(low - (0.05 * (high - low)), high + (0.05 * (high - low)));
            plot.ShowLegend(Edge.Right);
        }

        return multiplot;
    }

    /// <summary>The smallest and largest change over both coordinate checks, so that (a) and (c) share a scale.</summary>
    private static (double Low, double High) ChangeRange(WidthScalingComparison widths)
    {
        var changes = widths.Standard.Points.Concat(widths.MaximalUpdate.Points).Select(p => p.ActivationChangeRms).Where(v => v > 0 && double.IsFinite(v)).ToList();
        return (changes.Min(), changes.Max());
    }

    private static string LayerName(LayerKind kind, int index) => kind switch
    {
        LayerKind.Input => "input layer",
        LayerKind.Output => "output layer (logits)",
        _ => $"hidden layer {index}",
    };

    private static string NormName(string kind) => kind switch
    {
        UpdateNormKind.Frobenius => "Frobenius",
        UpdateNormKind.Spectral => "spectral",
        _ => "RMS→RMS",
    };

    private static string Signed(double value) => double.IsFinite(value)
        ? (value < 0 ? "−" : "+") + Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture)
        : "none";
}
