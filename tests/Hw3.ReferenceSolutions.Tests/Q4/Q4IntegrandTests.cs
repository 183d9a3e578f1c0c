using Hw3.ReferenceSolutions.Q4;
using Hw3.ReferenceSolutions.Statistics;

namespace Hw3.ReferenceSolutions.Tests.Q4;

/// <summary>
/// Each integrand, averaged over seeded draws, against the closed-form smoothing of
/// <see cref="GaussianSmoothing"/>: the two are computed independently of each other.
/// </summary>
public sealed class Q4IntegrandTests
{
    private const int Draws = 20_000;

    [Theory]
    [MemberData(nameof(SmoothingCases.Grid), MemberType = typeof(SmoothingCases))]
    public void Score_function_integrand_averages_to_the_exact_gradient(string name, int k, double sigma)
    {
        var c = SmoothingCases.Build(name, k, sigma);

        var draws = Draw(c, eps => Q4Reference.ScoreFunctionIntegrand(
            c.Function.Value, Q4Reference.GaussianReparameterization(eps, c.Mu, sigma), c.Mu, sigma));

        StandardErrorAssertions.ShouldLieWithin(draws.Estimates, GaussianSmoothing.ExactGradient(c.Spec, c.Mu, sigma), c.ToString());
    }

    [Theory]
    [MemberData(nameof(SmoothingCases.Grid), MemberType = typeof(SmoothingCases))]
    public void Reparameterized_gradient_integrand_averages_to_the_exact_gradient(string name, int k, double sigma)
    {
        var c = SmoothingCases.Build(name, k, sigma);

        var draws = Draw(c, eps => Q4Reference.ReparameterizedGradientIntegrand(c.Function.Gradient, eps, c.Mu, sigma));

        StandardErrorAssertions.ShouldLieWithin(draws.Estimates, GaussianSmoothing.ExactGradient(c.Spec, c.Mu, sigma), c.ToString());
    }

    [Theory]
    [MemberData(nameof(SmoothingCases.Grid), MemberType = typeof(SmoothingCases))]
    public void Reparameterized_integrand_averages_to_the_smoothed_objective(string name, int k, double sigma)
    {
        var c = SmoothingCases.Build(name, k, sigma);

        var draws = Draw(c, eps => [Q4Reference.ReparameterizedIntegrand(c.Function.Value, eps, c.Mu, sigma)]);

        StandardErrorAssertions.ShouldLieWithin(draws.Estimates[0], GaussianSmoothing.Objective(c.Spec, c.Mu, sigma), c.ToString());
    }

    /// <summary>
    /// The mistake scales the integrand by σ, so its bias is (σ − 1)∇F: large against the standard
    /// error when ∇F is, as for these families. (For sine-product at σ = 2.5 the smoothed gradient is
    /// damped by e^{−w²σ²/2} and the same mistake hides in the noise: a power test needs big ∇F.)
    /// </summary>
    [Theory]
    [InlineData(0.3)]
    [InlineData(2.5)]
    public void Dividing_by_sigma_instead_of_sigma_squared_is_detectably_biased(double sigma)
    {
        foreach (var name in new[] { "linear", "quadratic", "exp" })
        {
            var c = SmoothingCases.Build(name, 3, sigma);
            var wrong = Draw(c, eps =>
            {
                var x = Q4Reference.GaussianReparameterization(eps, c.Mu, sigma);
                var fx = c.Function.Value(x);
                return x.Select((xi, i) => fx * (xi - c.Mu[i]) / sigma).ToArray();
            });

            var exact = GaussianSmoothing.ExactGradient(c.Spec, c.Mu, sigma);
            var largestMiss = wrong.Estimates.Select((e, i) => Math.Abs(e.StandardErrorsFrom(exact[i]))).Max();
            largestMiss.Should().BeGreaterThan(2 * StandardErrorAssertions.StandardErrors, c.ToString());
        }
    }

    private static ComponentwiseMoments Draw(SmoothingCase c, Func<double[], double[]> integrand)
    {
        var rng = new Random(c.Seed);
        ComponentwiseMoments? moments = null;
        for (var n = 0; n < Draws; n++)
        {
            var draw = integrand(StandardNormal.Vector(rng, c.Mu.Length));
            moments ??= new ComponentwiseMoments(draw.Length);
            moments.Push(draw);
        }

        return moments!;
    }
}
