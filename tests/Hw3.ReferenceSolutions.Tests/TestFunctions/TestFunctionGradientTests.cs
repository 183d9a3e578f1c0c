using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.TestFunctions;

public sealed class TestFunctionGradientTests
{
    [Fact]
    public void Gradient_matches_central_finite_differences_of_the_value()
    {
        const double h = 1e-5;
        var rng = new Random(9);
        foreach (var spec in SampleFunctions.All)
        {
            var function = TestFunctionCatalog.Create(spec);
            for (var trial = 0; trial < 10; trial++)
            {
                var x = SampleFunctions.Point(rng, function.Dimension);
                var gradient = function.Gradient(x);
                for (var i = 0; i < x.Length; i++)
                {
                    var up = (double[])x.Clone();
                    var down = (double[])x.Clone();
                    up[i] += h;
                    down[i] -= h;
                    var difference = (function.Value(up) - function.Value(down)) / (2 * h);

                    // Truncation is O(h²); rounding f(x ± h) costs a few ulps of |f| over 2h (large for f ~ 1e20).
                    var allowance = 1e-6 * (1.0 + Math.Abs(gradient[i])) + 1e-14 * Math.Abs(function.Value(x)) / h;
                    difference.Should().BeApproximately(gradient[i], allowance, $"{function.Description}, component {i}");
                }
            }
        }
    }

    [Fact]
    public void Sine_product_gradient_is_right_where_a_factor_vanishes()
    {
        var function = TestFunctionCatalog.Create(TestFunctionCatalog.SineProduct([2.0, 3.0]));

        // At x = (0, y): f = sin(0)·sin(3y) = 0 but ∂f/∂x₀ = 2·cos(0)·sin(3y) is not.
        function.Gradient([0.0, 0.4]).Should().Equal(2.0 * Math.Cos(0.0) * Math.Sin(3.0 * 0.4), 3.0 * Math.Cos(3.0 * 0.4) * Math.Sin(0.0));
    }
}
