using Hw3.ReferenceSolutions.Q3;
using Hw3.ReferenceSolutions.Q3.Parameterizations;
using Hw3.ReferenceSolutions.Q3.Spectral;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Tests.Q3;

/// <summary>Condition 1 of "A Spectral Condition for Feature Learning", as data and by simulation.</summary>
public sealed class SpectralConditionTests
{
    [Fact]
    public void Condition_one_puts_exponent_one_half_on_fan_out_and_minus_one_half_on_fan_in()
    {
        Q3Reference.SpectralNormFanOutExponent().Should().Be(0.5);
        Q3Reference.SpectralNormFanInExponent().Should().Be(-0.5);
    }

    [Fact]
    public void In_the_rms_to_rms_norm_condition_one_says_the_norm_is_width_independent()
    {
        SpectralCondition.RmsToRmsNormScaling.Should().Be(WidthScaling.Constant);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_rms_to_rms_norm_is_the_largest_ratio_of_output_rms_to_input_rms(int seed)
    {
        var random = new Random(seed);
        var matrix = Matrix<double>.Build.Random(24, 9, new Normal(0, 1, random));
        var norm = SpectralCondition.RmsToRmsNorm(SpectralNorm.Of(matrix), fanIn: 9, fanOut: 24);

        for (var trial = 0; trial < 200; trial++)
        {
            var x = Vector<double>.Build.Random(9, new Normal(0, 1, random));
            Rms(matrix * x).Should().BeLessThanOrEqualTo(norm * Rms(x) * (1 + 1e-12));
        }

        var top = matrix.Svd(computeVectors: true).VT.Row(0);
        (Rms(matrix * top) / Rms(top)).Should().BeApproximately(norm, 1e-9);
    }

    [Fact]
    public void Gaussian_matrices_with_table3_init_variance_have_the_predicted_spectral_norm_when_fan_out_exceeds_fan_in()
    {
        (int, int)[] shapes = [(16, 64), (32, 256), (64, 512), (64, 64), (128, 256)];
        var hiddenVariance = Table3.Lookup(Parameterization.MaximalUpdate, LayerKind.Hidden, ScaledQuantity.InitVariance);

        var measurements = SpectralNormSimulator.GaussianInitialization(shapes, (fanIn, fanOut) => hiddenVariance.Evaluate(fanIn, fanOut), seed: 5);

        foreach (var m in measurements)
        {
            var predicted = (Math.Sqrt(m.FanOut) + Math.Sqrt(m.FanIn)) / Math.Sqrt(m.FanIn);
            m.Predicted.Should().BeApproximately(predicted, 1e-12);
            m.SpectralNorm.Should().BeApproximately(predicted, 0.1 * predicted, $"σ_max of a {m.FanOut}×{m.FanIn} matrix");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_log_log_fit_recovers_the_condition_one_exponents_from_simulated_initializations(int seed)
    {
        var measurements = SpectralNormSimulator.GaussianInitialization(
            SpectralNormSimulator.Grid([16, 64, 256]), SpectralCondition.InitializationVariance, seed);

        var fit = SpectralNormSimulator.FitExponents(measurements);

        fit.FanOutExponent.Should().BeApproximately(SpectralCondition.SpectralNormScaling.FanOutExponent, 0.1);
        fit.FanInExponent.Should().BeApproximately(SpectralCondition.SpectralNormScaling.FanInExponent, 0.1);
    }

    [Fact]
    public void A_log_log_fit_recovers_the_condition_one_exponents_from_rank_one_mup_updates_exactly()
    {
        var measurements = SpectralNormSimulator.RankOneMuPUpdate(SpectralNormSimulator.Grid([8, 32, 128]), baseLearningRate: 0.5, seed: 3);

        measurements.Should().AllSatisfy(m => m.SpectralNorm.Should().BeApproximately(m.Predicted, 1e-9 * m.Predicted));
        var fit = SpectralNormSimulator.FitExponents(measurements);
        fit.FanOutExponent.Should().BeApproximately(0.5, 1e-9);
        fit.FanInExponent.Should().BeApproximately(-0.5, 1e-9);
    }

    [Fact]
    public void The_spectral_paper_init_variance_is_table3s_when_fan_out_is_at_least_fan_in_and_smaller_otherwise()
    {
        SpectralCondition.InitializationVariance(64, 256).Should().BeApproximately(1.0 / 64, 1e-15);
        SpectralCondition.InitializationVariance(256, 64).Should().BeApproximately(1.0 / 256 * 64 / 256, 1e-15);
    }

    private static double Rms(Vector<double> v) => v.L2Norm() / Math.Sqrt(v.Count);
}
