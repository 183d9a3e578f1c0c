using Hw3.ReferenceSolutions.Q4;

namespace Hw3.ReferenceSolutions.Tests.Samples;

public sealed class PerfectSampleQ4IntegrandTests(PerfectSampleFixture perfect) : IClassFixture<PerfectSampleFixture>
{
    private const int PointsPerCase = 5;

    [Theory]
    [MemberData(nameof(Q4Cases.Grid), MemberType = typeof(Q4Cases))]
    public void Perfect_sample_integrands_match_the_reference_and_leave_their_inputs_alone(string family, int k, double sigma)
    {
        var c = Q4Cases.Build(family, k, sigma);
        var rng = new Random(c.Seed);
        for (var point = 0; point < PointsPerCase; point++)
        {
            var eps = Draw(rng, k);
            var x = Q4Reference.GaussianReparameterization(eps, c.Mu, sigma);
            var gradLogP = Draw(rng, k);
            var fx = c.F(x);

            ShouldMatch(
                Call<double[]>("Q4.ScoreFunctionIntegrand", c.F, x, c.Mu, sigma),
                Q4Reference.ScoreFunctionIntegrand(c.F, x, c.Mu, sigma));
            ShouldMatch(
                [Call<double>("Q4.ReparameterizedIntegrand", c.F, eps, c.Mu, sigma)],
                [Q4Reference.ReparameterizedIntegrand(c.F, eps, c.Mu, sigma)]);
            ShouldMatch(
                Call<double[]>("Q4.ReparameterizedGradientIntegrand", c.GradF, eps, c.Mu, sigma),
                Q4Reference.ReparameterizedGradientIntegrand(c.GradF, eps, c.Mu, sigma));
            ShouldMatch(
                Call<double[]>("Q4.GeneralScoreFunctionIntegrand", fx, gradLogP),
                Q4Reference.GeneralScoreFunctionIntegrand(fx, gradLogP));
            ShouldMatch(
                Call<double[]>("Q4.GaussianReparameterization", eps, c.Mu, sigma),
                Q4Reference.GaussianReparameterization(eps, c.Mu, sigma));
        }
    }

    /// <summary>Calls the sample with copies of the array arguments and checks it did not write to them.</summary>
    private T Call<T>(string id, params object[] arguments)
    {
        var copies = arguments.Select(a => a is double[] v ? v.ToArray() : a).ToArray();
        var result = perfect.Submission.Get<T>(id, copies);
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is double[] original)
            {
                ((double[])copies[i]).Should().Equal(original, $"{id} must not modify argument {i}");
            }
        }

        return result;
    }

    private static void ShouldMatch(double[] actual, double[] expected)
    {
        actual.Should().HaveSameCount(expected);
        for (var i = 0; i < expected.Length; i++)
        {
            actual[i].Should().BeApproximately(expected[i], ClosedFormTolerance.For(expected[i]), $"component {i}");
        }
    }

    private static double[] Draw(Random rng, int k) =>
        Enumerable.Range(0, k).Select(_ => 4.0 * rng.NextDouble() - 2.0).ToArray();
}
