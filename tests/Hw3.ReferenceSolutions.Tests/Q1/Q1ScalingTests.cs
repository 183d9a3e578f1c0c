using Hw3.ReferenceSolutions.Q1;
using MathNet.Numerics;

namespace Hw3.ReferenceSolutions.Tests.Q1;

/// <summary>Scaling exponents, recovered by least-squares lines through log-log points.</summary>
public sealed class Q1ScalingTests
{
    private const int Trials = 400;
    private static readonly int[] Widths = [4, 16, 64, 256];
    private static readonly int[] LargeWidths = [256, 512, 1024, 2048];
    private static readonly int[] OutputWidths = [1, 4, 16, 64];

    [Fact]
    public void Init_rms_squared_grows_linearly_in_d1_in_simulation_and_closed_form()
    {
        Exponent(Widths, d1 => Q1Simulator.RmsSquaredAtInit(d1, 8, Trials, d1).Mean).Should().BeApproximately(1.0, 0.05);
        Exponent(Widths, d1 => Q1Reference.ExpectedRmsSquaredAtInit(d1, 8)).Should().BeApproximately(1.0, 1e-12);
    }

    [Fact]
    public void Init_rms_squared_does_not_depend_on_d2_in_simulation_and_closed_form()
    {
        Exponent(OutputWidths, d2 => Q1Simulator.RmsSquaredAtInit(16, d2, Trials, d2).Mean).Should().BeApproximately(0.0, 0.05);
        Exponent(OutputWidths, d2 => Q1Reference.ExpectedRmsSquaredAtInit(16, d2)).Should().BeApproximately(0.0, 1e-12);
    }

    [Fact]
    public void Sign_update_rms_squared_grows_quadratically_in_d1_at_large_width()
    {
        Exponent(LargeWidths, d1 => Q1Simulator.SignUpdateRmsSquared(d1, 3, Trials / 4, d1).Mean).Should().BeApproximately(2.0, 0.02);
        Exponent(LargeWidths, d1 => Q1Reference.ExpectedSignUpdateRmsSquared(d1, 3)).Should().BeApproximately(2.0, 0.01);
    }

    [Fact]
    public void Sign_update_rms_squared_does_not_depend_on_d2_in_simulation_and_closed_form()
    {
        Exponent(OutputWidths, d2 => Q1Simulator.SignUpdateRmsSquared(64, d2, Trials, d2).Mean).Should().BeApproximately(0.0, 0.02);
        Exponent(OutputWidths, d2 => Q1Reference.ExpectedSignUpdateRmsSquared(64, d2)).Should().BeApproximately(0.0, 1e-12);
    }

    [Fact]
    public void Scaling_the_sign_update_by_one_over_d1_makes_its_simulated_rms_width_independent()
    {
        Exponent(Widths, d1 => Q1Simulator.SignUpdateRms(d1, 5, Trials, d1).Scaled(Q1Reference.SignUpdateScaleByOrder(d1, 5)).Mean)
            .Should().BeApproximately(0.0, 0.02);
    }

    [Fact]
    public void Exact_sign_update_rms_squared_approaches_its_leading_term()
    {
        var ratios = new[] { 10, 1000, 100_000 }
            .Select(d1 => Q1Reference.ExpectedSignUpdateRmsSquared(d1, 2) / Q1Reference.SignUpdateRmsSquaredLeadingTerm(d1, 2))
            .ToArray();

        ratios.Should().BeInDescendingOrder();
        ratios[^1].Should().BeApproximately(1.0, 1e-4);
    }

    [Fact]
    public void The_three_accepted_sign_update_constants_agree_to_leading_order_at_large_width()
    {
        const int d1 = 1 << 20;
        var byOrder = Q1Reference.SignUpdateScaleByOrder(d1, 3);

        (Q1Reference.SignUpdateScale(d1, 3) / byOrder).Should().BeApproximately(Math.Sqrt(Math.PI / 2.0), 1e-9);
        (Q1Reference.SignUpdateScaleForUnitMeanSquare(d1, 3) / byOrder).Should().BeApproximately(Math.Sqrt(Math.PI / 2.0), 1e-6);
    }

    private static double Exponent(int[] widths, Func<int, double> measure)
    {
        var (_, slope) = Fit.Line(
            widths.Select(w => Math.Log(w)).ToArray(),
            widths.Select(w => Math.Log(measure(w))).ToArray());
        return slope;
    }
}
