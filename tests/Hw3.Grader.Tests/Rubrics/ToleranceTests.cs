using Hw3.Grader.Rubrics;
using Hw3.Grader.Tests.Reporting;

namespace Hw3.Grader.Tests.Rubrics;

public sealed class ToleranceTests
{
    private static readonly Tolerance Loose = new(1e-3, 1e-6);

    [Theory]
    [InlineData(double.NaN, 1.0)]
    [InlineData(double.PositiveInfinity, 1.0)]
    [InlineData(double.NegativeInfinity, 1.0)]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, double.NegativeInfinity)]
    [InlineData(1.0, double.NaN)]
    [InlineData(1.0, double.PositiveInfinity)]
    [InlineData(1e308, double.PositiveInfinity)]
    public void Nan_and_infinities_never_pass_whatever_the_expected_value(double actual, double expected)
    {
        Loose.Accepts(actual, expected).Should().BeFalse();
        Tolerance.Default.Accepts(actual, expected).Should().BeFalse();
        new Tolerance(1, 1e6).Accepts(actual, expected).Should().BeFalse();
    }

    [Fact]
    public void The_relative_bound_scales_with_the_expected_value()
    {
        Loose.Accepts(1000.9, 1000).Should().BeTrue();
        Loose.Accepts(1001.1, 1000).Should().BeFalse();
        Loose.Accepts(998.9, 1000).Should().BeFalse();
        Loose.Accepts(-1000.9, -1000).Should().BeTrue("the bound uses |expected|");
    }

    [Fact]
    public void The_absolute_bound_covers_expected_values_near_zero()
    {
        Loose.Accepts(5e-7, 0).Should().BeTrue();
        Loose.Accepts(-5e-7, 0).Should().BeTrue();
        Loose.Accepts(2e-6, 0).Should().BeFalse();
    }

    [Fact]
    public void The_default_tolerance_accepts_rounding_but_not_a_different_formula()
    {
        var exact = 1.0 / Math.Sqrt(3.0);

        Tolerance.Default.Accepts(Math.Sqrt(3.0) / 3.0, exact).Should().BeTrue();
        Tolerance.Default.Accepts(exact * (1 + 1e-6), exact).Should().BeFalse();
    }

    [Fact]
    public void The_tolerance_reads_as_people_write_it_in_invariant_culture()
    {
        new Tolerance(1e-9, 0.5).ToString().Should().Be("relative 1e-9, absolute 0.5");
        new Tolerance(0, 1e-6).ToString().Should().Be("relative 0, absolute 1e-6");

        using (CommaCulture.Use())
        {
            new Tolerance(0.0015, 2.5).ToString().Should().Be("relative 0.0015, absolute 2.5");
        }
    }
}
