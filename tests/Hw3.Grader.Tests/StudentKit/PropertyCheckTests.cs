using Hw3.Grader.Cli;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.StudentKit;
using Hw3.Grader.Tests.Rubrics;
using Hw3.Kit.Checking;
using Hw3.Kit.Properties;

namespace Hw3.Grader.Tests.StudentKit;

/// <summary>
/// The kit's property checks, in process on answers written here: the accepted forms pass, and the known mistakes the
/// check claims to catch fail (a check that passes everything would be worthless).
/// </summary>
public sealed class PropertyCheckTests
{
    private static readonly Hw3.Kit.Manifest.KitManifest Manifest = KitManifestWriter.From(RealRubric.Rubric);
    private static readonly CallFactory Calls = new(Manifest);

    private static IPropertyCheck Check(string id) => PropertyChecks.Create(Manifest.Items.Single(i => i.Id == id), Calls)!;

    private static bool Passes(string id, Func<MemberCall, WireValue> answer) => FakeStudent.Judge(Check(id), answer).Passed;

    [Fact]
    public void Q1a_accepts_the_variance_and_its_scale_and_rejects_the_known_mistakes()
    {
        Passes("q1a.rms", c => WireValue.Of((double)c.Int(0))).Should().BeTrue();
        Passes("q1a.rms", c => WireValue.Of((double)c.Int(0) * c.Int(1))).Should().BeFalse();
        Passes("q1a.scale", c => WireValue.Of(1 / Math.Sqrt(c.Int(0)))).Should().BeTrue();
        Passes("q1a.scale", c => WireValue.Of(1.0 / c.Int(0))).Should().BeFalse();
        Passes("q1a.scale", c => WireValue.Of(1 / Math.Sqrt(c.Int(0) * c.Int(1)))).Should().BeFalse();
    }

    [Fact]
    public void Q1b_accepts_the_exact_form_the_leading_term_and_every_normalisation_and_rejects_d1_squared()
    {
        static double Exact(MemberCall c) => c.Int(0) + (c.Int(0) * (c.Int(0) - 1.0) * 2 / Math.PI);
        Passes("q1b.rms", c => WireValue.Of(Exact(c))).Should().BeTrue();
        Passes("q1b.rms", c => WireValue.Of(2 / Math.PI * c.Int(0) * c.Int(0))).Should().BeTrue();
        Passes("q1b.rms", c => WireValue.Of((double)c.Int(0) * c.Int(0))).Should().BeFalse();
        Passes("q1b.scale", c => WireValue.Of(1.0 / c.Int(0))).Should().BeTrue();
        Passes("q1b.scale", c => WireValue.Of(1 / Math.Sqrt(Exact(c)))).Should().BeTrue();
        Passes("q1b.scale", c => WireValue.Of(1 / Math.Sqrt(c.Int(0)))).Should().BeFalse();
    }

    [Fact]
    public void Q4_integrands_pass_in_every_accepted_form_and_fail_with_sigma_for_sigma_squared()
    {
        static double[] Score(MemberCall c, double power, bool baseline)
        {
            var f = c.Function(0);
            var (x, mu, sigma) = (c.Array(1), c.Array(2), c.Double(3));
            var value = f.Value(x) - (baseline ? f.Value(mu) : 0);
            return [.. x.Zip(mu, (xi, m) => value * (xi - m) / Math.Pow(sigma, power))];
        }

        Passes("q4a", c => WireValue.Of(Score(c, 2, baseline: false))).Should().BeTrue();
        Passes("q4a", c => WireValue.Of(Score(c, 2, baseline: true))).Should().BeTrue();
        Passes("q4a", c => WireValue.Of(Score(c, 1, baseline: false))).Should().BeFalse();
        Passes("q4d", c => WireValue.Of(c.Array(1).Select(g => c.Double(0) * g).ToArray())).Should().BeTrue();
        Passes("q4d", c => WireValue.Of(c.Array(1).Select(g => c.Double(0) * g / 2).ToArray())).Should().BeFalse();

        static double[] Point(MemberCall c, double sign, double power) => [.. c.Array(2).Zip(c.Array(1), (m, e) => m + (sign * Math.Pow(c.Double(3), power) * e))];
        Passes("q4b", c => WireValue.Of(c.Function(0).Value(Point(c, 1, 1)))).Should().BeTrue();
        Passes("q4b", c => WireValue.Of(c.Function(0).Value(Point(c, -1, 1)))).Should().BeTrue();
        Passes("q4b", c => WireValue.Of(c.Function(0).Value(Point(c, 1, 2)))).Should().BeFalse();
        Passes("q4c", c => WireValue.Of(c.Function(0).Gradient(Point(c, 1, 1)))).Should().BeTrue();
        Passes("q4c", c => WireValue.Of(c.Function(0).Gradient(Point(c, -1, 1)))).Should().BeTrue();
        Passes("q4c", c => WireValue.Of(c.Function(0).Gradient(Point(c, 1, 1)).Select(g => g * c.Double(3)).ToArray())).Should().BeFalse();
        Passes("q4e", c => WireValue.Of(c.Array(1).Zip(c.Array(0), (m, z) => m + (c.Double(2) * z)).ToArray())).Should().BeTrue();
        Passes("q4e", c => WireValue.Of(c.Array(1).Zip(c.Array(0), (m, z) => m - (c.Double(2) * z)).ToArray())).Should().BeTrue();
        Passes("q4e", c => WireValue.Of(c.Array(1).Zip(c.Array(0), (m, z) => m + (c.Double(2) * c.Double(2) * z)).ToArray())).Should().BeFalse();
    }

    [Fact]
    public void Q4_estimators_pass_when_unbiased_and_fail_when_biased_by_a_fifth_or_blind_to_the_rng()
    {
        static double[] Estimate(MemberCall c, double factor)
        {
            var rng = c.Rng(4);
            var (mu, sigma, samples) = (c.Array(1), c.Double(2), c.Int(3));
            var sum = new double[mu.Length];
            for (var s = 0; s < samples; s++)
            {
                var eps = mu.Select(_ => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble())).ToArray();
                var x = mu.Zip(eps, (m, e) => m + (sigma * e)).ToArray();
                var g = c.MemberName == "EstimateGradientScoreFunction"
                    ? eps.Select(e => c.Function(0).Value(x) * e / sigma).ToArray()
                    : c.Function(0).Gradient(x);
                for (var j = 0; j < sum.Length; j++)
                {
                    sum[j] += g[j] * factor / samples;
                }
            }

            return sum;
        }

        Passes("q4.estimators", c => WireValue.Of(Estimate(c, 1))).Should().BeTrue();
        Passes("q4.estimators", c => WireValue.Of(Estimate(c, 0.8))).Should().BeFalse();
        Passes("q4.estimators", c => WireValue.Of(c.Array(1).Select(m => m).ToArray())).Should().BeFalse();
    }

    [Fact]
    public void Q5c_passes_when_it_agrees_with_the_students_own_counts_and_fails_when_it_does_not()
    {
        // Deliberately not the cost model's counts: the kit checks consistency, not the counts themselves.
        static WireValue Own(MemberCall c, double loadWeight) => c.MemberName switch
        {
            "ForwardOps" => WireValue.Of(c.Int(1) == 1 ? 0 : c.Int(0) + 3),
            "LoadMemOps" => WireValue.Of(c.Int(0)),
            _ => WireValue.Of((((c.Int(1) == 1 ? 0 : c.Int(0) + 3) * c.Double(2)) + (loadWeight * c.Int(0) * c.Double(3))) / c.Int(0)),
        };

        Passes("q5c", c => Own(c, 1)).Should().BeTrue();
        Passes("q5c", c => Own(c, 0.5)).Should().BeFalse();
        Passes("q5a", c => WireValue.Of(c.Int(0))).Should().BeFalse("with every layer stored nothing is recomputed");
    }
}
