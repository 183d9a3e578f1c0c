using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.ReferenceSolutions.Tests.Q2;

public sealed class GrowthDimensionTests
{
    [Theory]
    [InlineData(1.0, 0.0, GrowthDimension.FanIn)]
    [InlineData(0.7, 0.2, GrowthDimension.FanIn)]
    [InlineData(0.0, 1.0, GrowthDimension.FanOut)]
    [InlineData(0.9, 0.8, GrowthDimension.Neither)]
    [InlineData(0.1, -0.1, GrowthDimension.Neither)]
    [InlineData(0.4, -0.5, GrowthDimension.Neither)]
    public void A_dimension_is_named_only_when_its_slope_is_large_and_clearly_dominant(double fanIn, double fanOut, string expected)
    {
        GrowthDimension.Classify(fanIn, fanOut).Should().Be(expected);
    }
}
