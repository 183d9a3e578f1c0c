using Hw3.ReferenceSolutions.Q2;

namespace Hw3.ReferenceSolutions.Tests.Samples;

public sealed class PerfectSampleQ2Tests(PerfectSampleFixture perfect) : IClassFixture<PerfectSampleFixture>
{
    private static readonly int[] Widths = [1, 7, 64, 1024];
    private static readonly double[] BaseLearningRates = [0.1, 3e-4];

    public static TheoryData<double, int, int> LayerShapes()
    {
        var data = new TheoryData<double, int, int>();
        foreach (var baseLr in BaseLearningRates)
        {
            foreach (var fanIn in Widths)
            {
                foreach (var fanOut in Widths)
                {
                    data.Add(baseLr, fanIn, fanOut);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LayerShapes))]
    public void Perfect_sample_gives_the_reference_muP_Adam_learning_rates(double baseLr, int fanIn, int fanOut)
    {
        ShouldMatch("Q2.InputLayerLearningRate", Q2Reference.InputLayerLearningRate(baseLr, fanIn, fanOut), baseLr, fanIn, fanOut);
        ShouldMatch("Q2.HiddenLayerLearningRate", Q2Reference.HiddenLayerLearningRate(baseLr, fanIn, fanOut), baseLr, fanIn, fanOut);
        ShouldMatch("Q2.OutputLayerLearningRate", Q2Reference.OutputLayerLearningRate(baseLr, fanIn, fanOut), baseLr, fanIn, fanOut);
    }

    [Fact]
    public void Perfect_sample_gives_the_reference_ScaledMLP_multipliers()
    {
        foreach (var fanIn in Widths)
        {
            ShouldMatch("Q2.ScaledForwardMultiplier", Q2Reference.ScaledForwardMultiplier(fanIn), fanIn);
            ShouldMatch("Q2.ScaledInitMultiplier", Q2Reference.ScaledInitMultiplier(fanIn), fanIn);
        }
    }

    [Fact]
    public void Perfect_sample_picks_the_reference_choices_ignoring_case_spaces_and_hyphens()
    {
        ChoiceText.Same(perfect.Submission.Get<string>("Q2.ActivationChangeGrowsWith"), Q2Reference.ActivationChangeGrowsWith())
            .Should().BeTrue();
        ChoiceText.Same(perfect.Submission.Get<string>("Q2.NormThatTracksFeatureChange"), Q2Reference.NormThatTracksFeatureChange())
            .Should().BeTrue();
    }

    [Fact]
    public void Perfect_sample_reads_the_learning_rate_sweeps_like_the_reference()
    {
        perfect.Submission.Get<bool>("Q2.OptimalAdamLearningRateShrinksWithWidth")
            .Should().Be(Q2Reference.OptimalAdamLearningRateShrinksWithWidth());
        perfect.Submission.Get<bool>("Q2.OptimalMuPLearningRateStableAcrossWidth")
            .Should().Be(Q2Reference.OptimalMuPLearningRateStableAcrossWidth());
    }

    private void ShouldMatch(string id, double expected, params object[] arguments) =>
        perfect.Submission.Get<double>(id, arguments)
            .Should().BeApproximately(expected, ClosedFormTolerance.For(expected),
                FormattableString.Invariant($"{id}({string.Join(", ", arguments)})"));
}
