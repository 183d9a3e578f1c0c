using Hw3.Grader.Plots;
using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Tests.Plots;

/// <summary>
/// The five Q2 figures, each rendered once (one fixture), and the handout's facts in the numbers behind them. The norm
/// comparison and the sweep are the reference answers' own runs (computed once per process, shared with the checks); the
/// coordinate checks use four widths and one seed, where the slopes already show.
/// </summary>
public sealed class Q2FiguresTests(Q2FiguresTests.Rendered rendered) : IClassFixture<Q2FiguresTests.Rendered>
{
    [Fact]
    public void Every_figure_is_a_png_of_the_size_asked_for_with_something_drawn_on_it()
    {
        rendered.Figures.Select(f => f.FileName).Should().Equal(
            "q2a-activation-change-sp.png", "q2b-update-norms.png", "q2c-activation-change-mup.png", "q2d-scaled-mlp.png", "q2e-lr-sweep.png");
        foreach (var figure in rendered.Figures)
        {
            var wide = figure.FileName is "q2b-update-norms.png" or "q2e-lr-sweep.png";
            PngShape.ShouldBeSensible(figure.Png, wide ? Q2Figures.Width * 3 / 2 : Q2Figures.Width, Q2Figures.Height);
        }
    }

    [Fact]
    public void Under_standard_parameterization_the_hidden_layers_change_like_width_and_under_mup_they_stay_flat()
    {
        rendered.Data.Widths.Standard.HiddenLayerSlopes.Should().AllSatisfy(s => s.SlopeVsWidth.Should().BeInRange(0.75, 1.25));
        rendered.Data.Widths.MaximalUpdate.Slopes.Should().AllSatisfy(s => s.SlopeVsWidth.Should().BeInRange(-0.15, 0.15));
    }

    [Fact]
    public void The_standard_optimum_learning_rate_shrinks_with_width_and_the_mup_optimum_stays_within_one_grid_step()
    {
        var sweep = rendered.Data.Sweep;
        var standard = sweep.OptimaOf(Parameterization.Standard).Select(o => o.Log2LearningRate).ToList();
        standard.Should().BeInDescendingOrder().And.Subject.First().Should().BeGreaterThan(standard.Last() + 1);
        var mup = sweep.OptimaOf(Parameterization.MaximalUpdate).Select(o => o.Log2LearningRate).ToList();
        (mup.Max() - mup.Min()).Should().BeLessThanOrEqualTo(1, "one grid step is one octave");
    }

    [Fact]
    public void The_scaled_mlp_shrinks_the_update_effect_like_one_over_fan_in_and_the_spectral_norm_tracks_the_change()
    {
        rendered.Data.Scaled.EffectRatioSlopeVsFanIn.Should().BeApproximately(-1, 0.1);
        rendered.Data.Norms.NormThatTracksFeatureChange.Should().Be(UpdateNormKind.RmsToRms);
    }

    /// <summary>The data computed and every figure rendered once for the class.</summary>
    public sealed class Rendered
    {
        public Rendered()
        {
            Data = new FigureData(
                MupExperiments.ActivationChangeAcrossWidths(CoordinateCheckConfig.Default with { Widths = [64, 128, 256, 512], Seeds = [1] }),
                ReferenceExperimentCache.NormComparison,
                MupExperiments.ScaledMlpComparison(OneStepConfig.ScaledDefault),
                ReferenceExperimentCache.LearningRateSweep);
            Figures = Q2Figures.Render(Data);
        }

        public FigureData Data { get; }

        public IReadOnlyList<RenderedFigure> Figures { get; }
    }
}
