using Hw3.ReferenceSolutions.Q2.Optimization;

namespace Hw3.ReferenceSolutions.Tests.Q2;

public sealed class AdamTests
{
    [Fact]
    public void The_first_step_moves_every_parameter_by_the_learning_rate_against_its_gradient_sign()
    {
        double[] parameters = [1, 1, 1, 1];
        double[] gradient = [3, -0.002, 1e-3, -250];

        new AdamMoments(4).Update(parameters, gradient, learningRate: 0.01, step: 1, AdamHyperparameters.Default);

        parameters.Should().Equal([0.99, 1.01, 0.99, 1.01], (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void The_first_step_does_not_depend_on_the_scale_of_the_gradient()
    {
        double[] small = [0, 0];
        double[] large = [0, 0];

        new AdamMoments(2).Update(small, [1e-3, -2e-3], 0.1, 1, AdamHyperparameters.Default);
        new AdamMoments(2).Update(large, [1e3, -2e3], 0.1, 1, AdamHyperparameters.Default);

        small.Should().Equal(large, (a, b) => Math.Abs(a - b) < 1e-5);
    }

    [Fact]
    public void Later_steps_follow_the_bias_corrected_moment_formulas()
    {
        double[] parameters = [0];
        var moments = new AdamMoments(1);
        var hyper = AdamHyperparameters.Default;

        moments.Update(parameters, [2], 0.1, 1, hyper);
        moments.Update(parameters, [-1], 0.1, 2, hyper);

        var firstStep = 0.1 * 2 / (2 + 1e-8);
        var m = (0.1 * 0.9 * 2) + (0.1 * -1);
        var v = (0.001 * 0.999 * 4) + (0.001 * 1);
        var secondStep = 0.1 * (m / (1 - (0.9 * 0.9))) / (Math.Sqrt(v / (1 - (0.999 * 0.999))) + 1e-8);
        parameters[0].Should().BeApproximately(-firstStep - secondStep, 1e-14);
    }
}
