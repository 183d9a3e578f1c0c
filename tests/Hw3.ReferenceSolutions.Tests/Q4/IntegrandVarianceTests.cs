using Hw3.ReferenceSolutions.Q4;
using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.Q4;

/// <summary>
/// <see cref="IntegrandVariance"/>'s Monte Carlo against variances worked out by hand for the
/// families where they have a short closed form (derivations inline).
/// </summary>
public sealed class IntegrandVarianceTests
{
    private const int Samples = 100_000;
    private const double RelativeTolerance = 0.05;

    [Theory]
    [InlineData(1, 0.3)]
    [InlineData(3, 1.0)]
    [InlineData(8, 2.5)]
    public void Linear_score_function_variance_matches_its_closed_form(int k, double sigma)
    {
        var c = SmoothingCases.Build("linear", k, sigma);
        var b = c.Spec.Parameters[..k];
        var m = b.Select((bi, i) => bi * c.Mu[i]).Sum() + c.Spec.Parameters[k];
        var normSquared = b.Sum(bi => bi * bi);

        // f(x) = m + σ b·ε, and E[(b·ε)² εᵢ²] = ‖b‖² + 2bᵢ², so E[f² εᵢ²]/σ² = (m² + σ²(‖b‖² + 2bᵢ²))/σ².
        var expected = b.Select(bi => (m * m + sigma * sigma * (normSquared + 2 * bi * bi)) / (sigma * sigma) - bi * bi).ToArray();

        ShouldMatch(IntegrandVariance.ScoreFunction(c.Spec, c.Mu, sigma, Samples, c.Seed), expected);
    }

    [Fact]
    public void Linear_reparameterization_variance_is_zero()
    {
        var c = SmoothingCases.Build("linear", 3, 1.0);

        IntegrandVariance.Reparameterization(c.Spec, c.Mu, 1.0, 1000, c.Seed).Should().AllSatisfy(v => v.Should().Be(0.0));
    }

    [Theory]
    [InlineData(1, 0.3)]
    [InlineData(3, 1.0)]
    [InlineData(8, 2.5)]
    public void Exponential_variances_match_their_closed_forms(int k, double sigma)
    {
        var c = SmoothingCases.Build("exp", k, sigma);
        var b = c.Spec.Parameters;
        var mean = b.Select((bi, i) => bi * c.Mu[i]).Sum();
        var spread = sigma * sigma * b.Sum(bi => bi * bi);

        // Tilting N(μ, σ²I) by e^{2b·x} gives N(μ + 2σ²b, σ²I) with weight e^{2b·μ + 2σ²‖b‖²}, so
        // E[f²(xᵢ − μᵢ)²] = e^{2b·μ + 2σ²‖b‖²}(σ² + 4σ⁴bᵢ²); E[f²] = e^{2b·μ + 2σ²‖b‖²}; E[f] = e^{b·μ + σ²‖b‖²/2}.
        var secondMoment = Math.Exp(2 * mean + 2 * spread);
        var firstMomentSquared = Math.Exp(2 * mean + spread);
        var score = b.Select(bi => secondMoment * (sigma * sigma + 4 * Math.Pow(sigma, 4) * bi * bi) / Math.Pow(sigma, 4) - bi * bi * firstMomentSquared).ToArray();
        var reparameterized = b.Select(bi => bi * bi * (secondMoment - firstMomentSquared)).ToArray();

        ShouldMatch(IntegrandVariance.ScoreFunction(c.Spec, c.Mu, sigma, Samples, c.Seed), score);
        ShouldMatch(IntegrandVariance.Reparameterization(c.Spec, c.Mu, sigma, Samples, c.Seed), reparameterized);
    }

    [Fact]
    public void Quadratic_reparameterization_variance_is_four_a_squared_sigma_squared()
    {
        const double sigma = 1.3;
        var spec = TestFunctionCatalog.Quadratic([0.5, -1.0], [2.0, 0.0]);

        // ∂f/∂xᵢ = 2aᵢ(μᵢ + σεᵢ) + bᵢ has variance 4aᵢ²σ².
        ShouldMatch(IntegrandVariance.Reparameterization(spec, [0.3, -0.2], sigma, Samples, 17),
            [4 * 0.5 * 0.5 * sigma * sigma, 4 * 1.0 * 1.0 * sigma * sigma]);
    }

    private static void ShouldMatch(double[] simulated, double[] expected)
    {
        simulated.Should().HaveSameCount(expected);
        for (var i = 0; i < expected.Length; i++)
        {
            simulated[i].Should().BeApproximately(expected[i], RelativeTolerance * expected[i], FormattableString.Invariant($"component {i}"));
        }
    }
}
