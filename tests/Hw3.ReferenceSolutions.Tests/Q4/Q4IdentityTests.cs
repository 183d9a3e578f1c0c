using Hw3.ReferenceSolutions.Q4;
using Hw3.ReferenceSolutions.Statistics;

namespace Hw3.ReferenceSolutions.Tests.Q4;

/// <summary>Parts (d) and (e) specialised to the Gaussian reproduce parts (a) and (b).</summary>
public sealed class Q4IdentityTests
{
    [Theory]
    [InlineData("linear", 0.3)]
    [InlineData("exp", 1.0)]
    [InlineData("sine-product", 2.5)]
    [InlineData("quadratic", 2.5)]
    public void General_score_function_with_a_finite_difference_gaussian_score_reproduces_part_a(string name, double sigma)
    {
        var c = SmoothingCases.Build(name, 3, sigma);
        var rng = new Random(c.Seed);
        for (var draw = 0; draw < 50; draw++)
        {
            var x = Q4Reference.GaussianReparameterization(StandardNormal.Vector(rng, 3), c.Mu, sigma);
            var gradLogP = FiniteDifferenceGradientOfLogDensity(x, c.Mu, sigma);

            var general = Q4Reference.GeneralScoreFunctionIntegrand(c.Function.Value(x), gradLogP);
            var gaussian = Q4Reference.ScoreFunctionIntegrand(c.Function.Value, x, c.Mu, sigma);

            for (var i = 0; i < 3; i++)
            {
                general[i].Should().BeApproximately(gaussian[i], 1e-6 * (1.0 + Math.Abs(gaussian[i])));
            }
        }
    }

    [Fact]
    public void General_score_function_integrand_is_f_times_the_score()
    {
        Q4Reference.GeneralScoreFunctionIntegrand(2.5, [1.0, -2.0, 0.0]).Should().Equal(2.5 * 1.0, 2.5 * -2.0, 0.0);
        Q4Reference.GeneralScoreFunctionIntegrand(0.0, [3.0]).Should().Equal(0.0);
    }

    [Fact]
    public void Gaussian_reparameterization_maps_standard_normals_to_mean_mu_and_variance_sigma_squared()
    {
        double[] mu = [-1.0, 0.5, 3.0];
        const double sigma = 1.7;
        var rng = new Random(2024);
        var moments = new ComponentwiseMoments(3);
        var squares = new ComponentwiseMoments(3);
        for (var n = 0; n < 20_000; n++)
        {
            var x = Q4Reference.GaussianReparameterization(StandardNormal.Vector(rng, 3), mu, sigma);
            moments.Push(x);
            squares.Push(x.Select((xi, i) => (xi - mu[i]) * (xi - mu[i])).ToArray());
        }

        StandardErrorAssertions.ShouldLieWithin(moments.Estimates, mu, "mean");
        StandardErrorAssertions.ShouldLieWithin(squares.Estimates, [sigma * sigma, sigma * sigma, sigma * sigma], "variance");
    }

    [Fact]
    public void Gaussian_reparameterization_is_mu_plus_sigma_z()
    {
        Q4Reference.GaussianReparameterization([0.0, 0.0], [1.5, -2.0], 3.0).Should().Equal(1.5, -2.0);
        Q4Reference.GaussianReparameterization([1.0, -1.0], [1.5, -2.0], 3.0).Should().Equal(1.5 + 3.0, -2.0 - 3.0);
    }

    [Fact]
    public void Reparameterized_integrands_evaluate_f_and_its_gradient_at_the_reparameterized_point()
    {
        var c = SmoothingCases.Build("quadratic", 3, 1.0);
        double[] eps = [0.25, -1.5, 2.0];
        var x = Q4Reference.GaussianReparameterization(eps, c.Mu, 0.8);

        Q4Reference.ReparameterizedIntegrand(c.Function.Value, eps, c.Mu, 0.8).Should().Be(c.Function.Value(x));
        Q4Reference.ReparameterizedGradientIntegrand(c.Function.Gradient, eps, c.Mu, 0.8).Should().Equal(c.Function.Gradient(x));
    }

    /// <summary>∇_μ log p_μ(x), p the N(μ, σ²I) density (with the corrected (2πσ²)^{−k/2}), by central differences.</summary>
    private static double[] FiniteDifferenceGradientOfLogDensity(double[] x, double[] mu, double sigma)
    {
        const double h = 1e-5;
        double LogDensity(double[] m) =>
            -x.Select((xi, i) => (xi - m[i]) * (xi - m[i])).Sum() / (2 * sigma * sigma)
            - x.Length / 2.0 * Math.Log(2 * Math.PI * sigma * sigma);

        return mu.Select((_, i) =>
        {
            var up = (double[])mu.Clone();
            var down = (double[])mu.Clone();
            up[i] += h;
            down[i] -= h;
            return (LogDensity(up) - LogDensity(down)) / (2 * h);
        }).ToArray();
    }
}
