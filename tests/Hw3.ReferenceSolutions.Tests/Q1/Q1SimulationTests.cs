using Hw3.ReferenceSolutions.Q1;
using Hw3.ReferenceSolutions.Statistics;

namespace Hw3.ReferenceSolutions.Tests.Q1;

/// <summary>Closed forms of <see cref="Q1Reference"/> against the explicit matrices of <see cref="Q1Simulator"/>.</summary>
public sealed class Q1SimulationTests
{
    private const int Trials = 1500;
    private const double StandardErrors = 5.0;

    public static TheoryData<int, int> Shapes => new()
    {
        { 4, 3 },
        { 16, 32 },
        { 64, 1 },
        { 256, 7 },
        { 1024, 2 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Simulated_rms_squared_at_init_agrees_with_the_closed_form(int d1, int d2)
    {
        var simulated = Q1Simulator.RmsSquaredAtInit(d1, d2, Trials, Seed(d1, d2));

        ShouldAgree(simulated, Q1Reference.ExpectedRmsSquaredAtInit(d1, d2));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Simulated_sign_update_rms_squared_agrees_with_the_closed_form(int d1, int d2)
    {
        var simulated = Q1Simulator.SignUpdateRmsSquared(d1, d2, Trials, Seed(d1, d2));

        ShouldAgree(simulated, Q1Reference.ExpectedSignUpdateRmsSquared(d1, d2));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Init_scale_brings_the_simulated_mean_square_rms_to_one(int d1, int d2)
    {
        var c = Q1Reference.InitScale(d1, d2);
        var simulated = Q1Simulator.RmsSquaredAtInit(d1, d2, Trials, Seed(d1, d2) + 1).Scaled(c * c);

        ShouldAgree(simulated, 1.0);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Sign_update_scale_brings_the_simulated_mean_rms_to_one(int d1, int d2)
    {
        var simulated = Q1Simulator.SignUpdateRms(d1, d2, Trials, Seed(d1, d2) + 2).Scaled(Q1Reference.SignUpdateScale(d1, d2));

        ShouldAgree(simulated, 1.0);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Unit_mean_square_scale_brings_the_simulated_sign_update_mean_square_rms_to_one(int d1, int d2)
    {
        var c = Q1Reference.SignUpdateScaleForUnitMeanSquare(d1, d2);
        var simulated = Q1Simulator.SignUpdateRmsSquared(d1, d2, Trials, Seed(d1, d2) + 3).Scaled(c * c);

        ShouldAgree(simulated, 1.0);
    }

    [Fact]
    public void Simulations_repeat_exactly_for_a_seed_and_differ_across_seeds()
    {
        Q1Simulator.SignUpdateRmsSquared(8, 3, 50, 11).Should().Be(Q1Simulator.SignUpdateRmsSquared(8, 3, 50, 11));
        Q1Simulator.SignUpdateRmsSquared(8, 3, 50, 11).Mean.Should().NotBe(Q1Simulator.SignUpdateRmsSquared(8, 3, 50, 12).Mean);
        Q1Simulator.RmsSquaredAtInit(8, 3, 50, 11).Trials.Should().Be(50);
    }

    private static int Seed(int d1, int d2) => 1000 * d1 + d2;

    private static void ShouldAgree(SimulationEstimate simulated, double expected) =>
        Math.Abs(simulated.StandardErrorsFrom(expected)).Should().BeLessThan(StandardErrors,
            FormattableString.Invariant($"simulated {simulated.Mean:R} ± {simulated.StandardError:G3} vs {expected:R}"));
}
