using Hw3.ReferenceSolutions.Q4;
using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.Q4;

public sealed class Q4ValidationTests
{
    private static readonly TestFunctionSpec Linear = TestFunctionCatalog.Linear([1.0, 2.0], 0.5);

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Sigma_must_be_positive_and_finite(double sigma)
    {
        FluentActions.Invoking(() => GaussianSmoothing.ExactGradient(Linear, [0.0, 0.0], sigma)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Q4Reference.GaussianReparameterization([0.0], [0.0], sigma)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => IntegrandVariance.ScoreFunction(Linear, [0.0, 0.0], sigma, 10, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Q4Reference.EstimateGradientScoreFunction(x => x[0], [0.0], sigma, 10, new Random(1)))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Mu_must_have_the_functions_dimension()
    {
        FluentActions.Invoking(() => GaussianSmoothing.Objective(Linear, [0.0, 0.0, 0.0], 1.0))
            .Should().Throw<ArgumentException>().WithMessage("*3*linear*2*");
        FluentActions.Invoking(() => IntegrandVariance.Reparameterization(Linear, [0.0], 1.0, 10, 1))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Q4Reference.ScoreFunctionIntegrand(x => x[0], [1.0, 2.0], [0.0], 1.0))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Unknown_functions_and_empty_sample_counts_are_refused()
    {
        FluentActions.Invoking(() => GaussianSmoothing.Objective(new TestFunctionSpec("cubic", [1.0]), [0.0], 1.0))
            .Should().Throw<ArgumentException>().WithMessage("*cubic*");
        FluentActions.Invoking(() => Q4Reference.EstimateGradientReparameterization(x => x, [0.0], 1.0, 0, new Random(1)))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => IntegrandVariance.ScoreFunction(Linear, [0.0, 0.0], 1.0, 1, 1))
            .Should().Throw<ArgumentOutOfRangeException>();
    }
}
