using System.Collections.Concurrent;
using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Tests.Q2;

/// <summary>Experiments (a) and (b) on the notebook's mixed-width MLP, one seed at a time.</summary>
public sealed class LayerwiseExperimentTests
{
    // One run per seed serves both the (a) and the (b) assertions: the norm comparison carries the layerwise data.
    private static readonly ConcurrentDictionary<int, Lazy<NormComparisonResult>> Runs = new();

    public static TheoryData<int> Seeds => new() { 11, 12, 13 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Under_adam_the_activation_change_grows_with_fan_in_not_fan_out(int seed)
    {
        var result = RunFor(seed).Layerwise;

        result.GrowsWith.Should().Be(GrowthDimension.FanIn);
        result.FanInSlope.Should().BeGreaterThan(0.6);
        (result.FanInSlope - result.FanOutSlope).Should().BeGreaterThan(0.4);
        result.Layers.Select(l => l.Layer.Index).Should().Equal(0, 1, 2, 3, 4, 5, 6, 7);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_rms_to_rms_norm_of_the_update_tracks_the_activation_change_best(int seed)
    {
        var result = RunFor(seed);

        result.NormThatTracksFeatureChange.Should().Be(UpdateNormKind.RmsToRms);
        var runnerUp = result.Correlations.Where(c => c.Norm != UpdateNormKind.RmsToRms).Max(c => c.PearsonOfLogs);
        result.CorrelationOf(UpdateNormKind.RmsToRms).Should().BeGreaterThan(runnerUp + 0.02);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_update_norms_relate_as_their_definitions_say(int seed)
    {
        foreach (var layer in RunFor(seed).Layerwise.Layers)
        {
            var norms = layer.UpdateNorms!;
            norms.Spectral.Should().BeLessThanOrEqualTo(norms.Frobenius * (1 + 1e-12));
            norms.RmsToRms.Should().BeApproximately(norms.Spectral * Math.Sqrt((double)layer.Layer.FanIn / layer.Layer.FanOut), 1e-12);
        }
    }

    [Fact]
    public void With_mup_rates_the_activation_change_no_longer_grows_with_fan_in()
    {
        var standard = RunFor(11).Layerwise;
        var mup = MupExperiments.ActivationChangeAcrossLayers(
            OneStepConfig.Default with { Seeds = [11], LearningRate = 0.1 }, Parameterization.MaximalUpdate);

        mup.GrowsWith.Should().NotBe(GrowthDimension.FanIn);
        mup.FanInSlope.Should().BeLessThan(standard.FanInSlope - 0.3);
    }

    private static NormComparisonResult RunFor(int seed) =>
        Runs.GetOrAdd(seed, s => new Lazy<NormComparisonResult>(() => MupExperiments.NormComparison(OneStepConfig.Default with { Seeds = [s] }))).Value;
}
