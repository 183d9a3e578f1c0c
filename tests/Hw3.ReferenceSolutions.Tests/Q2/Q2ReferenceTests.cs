using Hw3.ReferenceSolutions.Q2;

namespace Hw3.ReferenceSolutions.Tests.Q2;

/// <summary>The derived answers the grader uses, from the default experiment configurations.</summary>
public sealed class Q2ReferenceTests
{
    [Fact]
    public void The_activation_change_grows_with_fan_in()
    {
        Q2Reference.ActivationChangeGrowsWith().Should().Be("fan-in");
    }

    [Fact]
    public void The_rms_to_rms_norm_tracks_the_feature_change()
    {
        Q2Reference.NormThatTracksFeatureChange().Should().Be("rms-to-rms");
    }

    [Fact]
    public void Under_adam_the_optimal_learning_rate_shrinks_with_width()
    {
        Q2Reference.OptimalAdamLearningRateShrinksWithWidth().Should().BeTrue();
    }

    [Fact]
    public void Under_mup_the_optimal_learning_rate_is_stable_across_width()
    {
        Q2Reference.OptimalMuPLearningRateStableAcrossWidth().Should().BeTrue();
    }
}
