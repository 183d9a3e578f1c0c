using Hw3.ReferenceSolutions.Q1;

namespace Hw3.ReferenceSolutions.Tests.Q1;

public sealed class Q1ValidationTests
{
    public static TheoryData<string, Action> ZeroWidthCalls => new()
    {
        { "ExpectedRmsSquaredAtInit d1", () => Q1Reference.ExpectedRmsSquaredAtInit(0, 3) },
        { "InitScale d2", () => Q1Reference.InitScale(3, 0) },
        { "ExpectedSignUpdateRmsSquared d1", () => Q1Reference.ExpectedSignUpdateRmsSquared(-1, 3) },
        { "SignUpdateRmsSquaredLeadingTerm d2", () => Q1Reference.SignUpdateRmsSquaredLeadingTerm(3, 0) },
        { "SignUpdateScale d1", () => Q1Reference.SignUpdateScale(0, 3) },
        { "SignUpdateScaleForUnitMeanSquare d2", () => Q1Reference.SignUpdateScaleForUnitMeanSquare(3, -2) },
        { "SignUpdateScaleByOrder d1", () => Q1Reference.SignUpdateScaleByOrder(0, 1) },
        { "RmsSquaredAtInit d2", () => Q1Simulator.RmsSquaredAtInit(3, 0, 10, 1) },
        { "SignUpdateRmsSquared d1", () => Q1Simulator.SignUpdateRmsSquared(0, 3, 10, 1) },
        { "SignUpdateRms trials", () => Q1Simulator.SignUpdateRms(3, 3, 1, 1) },
    };

    [Theory]
    [MemberData(nameof(ZeroWidthCalls))]
    public void Non_positive_widths_and_too_few_trials_are_out_of_range(string call, Action act) =>
        act.Should().Throw<ArgumentOutOfRangeException>(call);

    [Fact]
    public void Width_one_is_a_valid_layer()
    {
        Q1Reference.ExpectedSignUpdateRmsSquared(1, 1).Should().Be(1.0);
        Q1Reference.ExpectedRmsSquaredAtInit(1, 1).Should().Be(1.0);
    }
}
