using Hw3.ReferenceSolutions.Statistics;

namespace Hw3.ReferenceSolutions.Tests.Q4;

/// <summary>Componentwise "within n standard errors" for Monte Carlo estimates of a vector.</summary>
internal static class StandardErrorAssertions
{
    public const double StandardErrors = 5.0;

    /// <summary>Rounding a long sum leaves behind even when every draw is the same number.</summary>
    private const double SummationRounding = 1e-9;

    public static void ShouldLieWithin(SimulationEstimate[] estimates, double[] exact, string what)
    {
        estimates.Should().HaveSameCount(exact);
        for (var i = 0; i < exact.Length; i++)
        {
            ShouldLieWithin(estimates[i], exact[i], $"{what}, component {i}");
        }
    }

    public static void ShouldLieWithin(SimulationEstimate estimate, double exact, string what)
    {
        var allowance = StandardErrors * estimate.StandardError + SummationRounding * Math.Max(1.0, Math.Abs(exact));
        estimate.Mean.Should().BeApproximately(exact, allowance,
            FormattableString.Invariant($"{what}: standard error {estimate.StandardError:G4}"));
    }
}
