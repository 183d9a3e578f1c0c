using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Tests.Q2;

/// <summary>
/// Experiment (e). Each full sweep costs about two seconds optimized (twenty in an unoptimized Debug
/// build), so besides the grader's run (see Q2ReferenceTests) only one other seed pair is rerun here;
/// the configuration's documentation records a wider robustness study.
/// </summary>
public sealed class LearningRateSweepTests
{
    [Fact]
    public void With_other_seeds_the_sp_optimum_still_shrinks_with_width_while_the_mup_optimum_stays_and_wider_mup_nets_win()
    {
        var result = MupExperiments.LearningRateSweep(LearningRateSweepConfig.Default with { Seeds = [3, 4] });

        result.OptimalLearningRateSlope(Parameterization.Standard).Should().BeLessThan(-0.35);
        Math.Abs(result.OptimalLearningRateSlope(Parameterization.MaximalUpdate)).Should().BeLessThan(0.25);
        result.OptimalLearningRateShrinks(Parameterization.Standard).Should().BeTrue();
        result.OptimalLearningRateShifts(Parameterization.MaximalUpdate).Should().BeFalse();
        result.WiderIsAlwaysBetter(Parameterization.MaximalUpdate).Should().BeTrue();
    }

    [Fact]
    public void At_the_base_width_mup_and_sp_are_the_same_network_and_elsewhere_they_differ()
    {
        var config = LearningRateSweepConfig.Default with { Widths = [8, 32], BaseWidth = 8, Log2LearningRates = [-6, -5], Steps = 5, Seeds = [9] };

        var result = MupExperiments.LearningRateSweep(config);

        LossesOf(result, Parameterization.Standard, 8).Should().Equal(LossesOf(result, Parameterization.MaximalUpdate, 8));
        LossesOf(result, Parameterization.Standard, 32).Should().NotIntersectWith(LossesOf(result, Parameterization.MaximalUpdate, 32));
    }

    [Fact]
    public void Every_width_and_rate_gets_a_point_and_every_width_an_optimum_inside_the_grid()
    {
        var config = LearningRateSweepConfig.Default with { Widths = [8, 16], Log2LearningRates = [-7, -6, -5, -4], Steps = 20, Seeds = [10] };

        var result = MupExperiments.LearningRateSweep(config);

        result.Points.Should().HaveCount(2 * 2 * 4);
        result.Optima.Should().HaveCount(2 * 2)
            .And.AllSatisfy(o => o.Log2LearningRate.Should().BeInRange(-7, -4));
        result.Optima.Should().AllSatisfy(o =>
            o.Loss.Should().Be(result.Points.Where(p => p.Parameterization == o.Parameterization && p.Width == o.Width).Min(p => p.Loss)));
    }

    private static IEnumerable<double> LossesOf(LearningRateSweepResult result, Parameterization parameterization, int width) =>
        result.Points.Where(p => p.Parameterization == parameterization && p.Width == width).Select(p => p.Loss);
}
