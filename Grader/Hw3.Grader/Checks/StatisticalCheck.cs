using System.Globalization;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;
using Hw3.ReferenceSolutions.Q4;
using Hw3.TestFunctions;
using MathNet.Numerics.Distributions;

namespace Hw3.Grader.Checks;

/// <summary>
/// Tests a random gradient estimator by what it must be: unbiased, with the variance of an average of
/// <c>samples</c> draws of its integrand. Each estimator is called <c>replicates</c> times per case on
/// seeded streams. Per component, two tests, both scaled by the reference integrand's variance:
/// the average of the calls is compared with the exact ∇F(μ) in a two-sided z-test (bias: a wrong power of
/// σ), and the spread of the calls around their average in a one-sided χ² test (too noisy: fewer draws
/// than <c>samples</c>). The thresholds are set so that a correct estimator fails the item with
/// probability at most the rubric's <c>falseFailProbability</c>: half of it for the z-tests, half for the
/// spread tests, Bonferroni over every component of every case and estimator, under the normal
/// approximation of an average of <c>samples</c> draws.
/// </summary>
public sealed class StatisticalCheck : ICheck
{
    /// <summary>Draws used to estimate each integrand's variance in the grader.</summary>
    public const int VarianceSamples = 200_000;

    /// <summary>Head-room on the estimated variance for its own Monte Carlo error.</summary>
    public const double VarianceInflation = 1.1;

    private readonly IReadOnlyList<PlannedCase> _cases;
    private readonly Lazy<IReadOnlyDictionary<(int Case, string Member), Expectation>> _expectations;

    public StatisticalCheck(RubricItem item, CheckContext context)
    {
        Item = item;
        var settings = item.Settings;
        _cases = settings.Cases.Select((c, index) => PlanCase(item, context.Seed, c, index)).ToList();
        _expectations = new Lazy<IReadOnlyDictionary<(int, string), Expectation>>(ComputeExpectations);
        ComponentsTested = _cases.Sum(c => c.Case.Dimension) * item.Targets.Count;
        Threshold = Normal.InvCDF(0, 1, 1 - settings.FalseFailProbability / (4.0 * ComponentsTested));
        SpreadThreshold = ChiSquared.InvCDF(settings.Replicates - 1, 1 - settings.FalseFailProbability / (2.0 * ComponentsTested)) / (settings.Replicates - 1);
    }

    public RubricItem Item { get; }

    /// <summary>How many z-tests the item makes (the Bonferroni divisor).</summary>
    public int ComponentsTested { get; }

    /// <summary>The |z| above which an estimate is judged biased.</summary>
    public double Threshold { get; }

    /// <summary>
    /// The ratio of the calls' sample variance to the variance a correct estimator's calls have, above which
    /// the estimator is judged too noisy (the χ² quantile with replicates − 1 degrees of freedom, divided by them).
    /// </summary>
    public double SpreadThreshold { get; }

    public IReadOnlyList<MemberCall> PlanCalls() => _cases.SelectMany(c => c.Calls.SelectMany(t => t.Value)).ToList();

    public void ComputeReferences() => _ = _expectations.Value;

    public ItemResult Score(CallResults results)
    {
        var lines = new List<string>();
        var reasons = new List<string>();
        var passed = 0;
        foreach (var target in Item.Targets)
        {
            var verdict = Judge(target, results);
            lines.AddRange(verdict.Lines);
            if (verdict.Passed)
            {
                passed++;
            }
            else
            {
                reasons.Add(verdict.Reason);
            }
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"A correct estimator fails this item with probability at most {Tolerance.Format(Item.Settings.FalseFailProbability)} ({ComponentsTested} two-sided z-tests at |z| ≤ {Threshold:F2} and {ComponentsTested} spread tests at variance ratio ≤ {SpreadThreshold:F2}, normal approximation)."));
        var reason = passed == Item.Targets.Count ? "unbiased, with the expected spread" : string.Join("; ", reasons.Distinct());
        return ItemOutcome.Scored(Item, (double)passed / Item.Targets.Count, reason, lines);
    }

    private TargetVerdict Judge(RubricTarget target, CallResults results)
    {
        var settings = Item.Settings;
        var member = target.Member.Id;
        foreach (var planned in _cases)
        {
            var calls = planned.Calls[member];
            var estimates = new List<double[]>();
            foreach (var call in calls)
            {
                var outcome = results[call];
                if (outcome.Status != CallStatus.Returned)
                {
                    return TargetVerdict.Fail(OutcomeText.Short(outcome), outcome.Status == CallStatus.NotRun
                        ? [$"✗ {member}", OutcomeText.Describe(call, outcome)]
                        : [$"✗ {member}", OutcomeText.Describe(call, outcome), results.Reproduce(call)]);
                }

                var value = outcome.Value!;
                if (value.Kind != WireKind.DoubleArray || value.Numbers!.Length != planned.Case.Dimension || value.Numbers.Any(d => !double.IsFinite(d)))
                {
                    var what = value.Kind != WireKind.DoubleArray ? $"returned {value}, not an array"
                        : value.Numbers!.Length != planned.Case.Dimension ? $"returned an array of length {value.Numbers.Length}; expected {planned.Case.Dimension}"
                        : "returned NaN or ±∞";
                    return TargetVerdict.Fail("invalid value", [$"✗ {member}", $"{call.Key} {what}.", results.Reproduce(call)]);
                }

                estimates.Add(value.Numbers);
            }

            var expectation = _expectations.Value[(planned.Index, member)];
            var replicates = estimates.Count;
            TargetVerdict Biased(string finding, string hint) => TargetVerdict.Fail("biased or wrong spread", [
                $"✗ {member} on f = {planned.Case.Function} with k = {planned.Case.Dimension}, σ = {planned.Case.Sigma.ToString("R", CultureInfo.InvariantCulture)}:",
                finding,
                hint,
                results.Reproduce(calls[0]),
            ]);
            for (var j = 0; j < planned.Case.Dimension; j++)
            {
                var mean = estimates.Average(e => e[j]);
                // The variance of one call (an average of `samples` draws), with head-room for its own estimate's error.
                var callVariance = expectation.Variance[j] * VarianceInflation / settings.Samples;
                var standardError = Math.Sqrt(callVariance / replicates);
                var floor = 1e-9 * (1 + Math.Abs(expectation.Gradient[j]));
                var z = (mean - expectation.Gradient[j]) / Math.Max(standardError, floor);
                var spread = estimates.Sum(e => (e[j] - mean) * (e[j] - mean)) / (replicates - 1) / Math.Max(callVariance, floor * floor);
                if (Math.Abs(z) > Threshold)
                {
                    return Biased(string.Create(CultureInfo.InvariantCulture,
                            $"the average of {replicates} estimates ({settings.Samples} samples each) is {Math.Abs(z):F1} standard errors away from ∇F(μ) in component {j}; a correct estimator is within {Threshold:F2}."),
                        "Check the integrand (powers of σ), that you average over exactly `samples` draws, and that every draw comes from the given rng.");
                }

                if (spread > SpreadThreshold)
                {
                    return Biased(string.Create(CultureInfo.InvariantCulture,
                            $"its {replicates} estimates ({settings.Samples} samples each) vary {spread:F1} times as much as a correct estimator's in component {j}; a correct estimator stays below {SpreadThreshold:F2}."),
                        "Check that you average over exactly `samples` draws, each from the given rng.");
                }
            }
        }

        return TargetVerdict.Pass(string.Create(CultureInfo.InvariantCulture,
            $"✓ {member}: unbiased on {_cases.Count} settings ({settings.Replicates} seeded calls × {settings.Samples} samples each)."));
    }

    private IReadOnlyDictionary<(int, string), Expectation> ComputeExpectations()
    {
        var expectations = new Dictionary<(int, string), Expectation>();
        foreach (var planned in _cases)
        {
            var gradient = GaussianSmoothing.ExactGradient(planned.Spec, planned.Mu, planned.Case.Sigma);
            var varianceSeed = StableSeed.Derive(planned.Seed, "variance");
            foreach (var target in Item.Targets)
            {
                var variance = target.Member.MemberName == "EstimateGradientScoreFunction"
                    ? IntegrandVariance.ScoreFunction(planned.Spec, planned.Mu, planned.Case.Sigma, VarianceSamples, varianceSeed)
                    : IntegrandVariance.Reparameterization(planned.Spec, planned.Mu, planned.Case.Sigma, VarianceSamples, varianceSeed);
                expectations[(planned.Index, target.Member.Id)] = new Expectation(gradient, variance);
            }
        }

        return expectations;
    }

    private static PlannedCase PlanCase(RubricItem item, int seed, StatisticalCase statisticalCase, int index)
    {
        var caseSeed = StableSeed.Derive(seed, item.Id, "case", index);
        var rng = new Random(caseSeed);
        var spec = TestFunctionSampler.Draw(statisticalCase.Function, statisticalCase.Dimension, rng);
        var mu = TestFunctionSampler.Uniform(rng, statisticalCase.Dimension, -1, 1);
        var calls = new Dictionary<string, IReadOnlyList<MemberCall>>(StringComparer.Ordinal);
        foreach (var target in item.Targets)
        {
            var member = target.Member;
            calls[member.Id] = Enumerable.Range(0, item.Settings.Replicates).Select(r =>
            {
                var args = member.ParameterNames!.Select(name => name switch
                {
                    "f" => WireValue.OfFunction(spec),
                    "gradF" => WireValue.OfGradient(spec),
                    "mu" => WireValue.Of(mu),
                    "sigma" => WireValue.Of(statisticalCase.Sigma),
                    "samples" => WireValue.Of(item.Settings.Samples),
                    "rng" => WireValue.OfRandom(StableSeed.Derive(caseSeed, member.Id, r)),
                    _ => throw new InvalidOperationException($"cannot fill parameter '{name}' of {member.Id}"),
                }).ToList();
                return new MemberCall(member.TypeName, member.MemberName, member.ParameterTypes, args);
            }).ToList();
        }

        return new PlannedCase(index, statisticalCase, spec, mu, caseSeed, calls);
    }

    private sealed record PlannedCase(int Index, StatisticalCase Case, TestFunctionSpec Spec, double[] Mu, int Seed, IReadOnlyDictionary<string, IReadOnlyList<MemberCall>> Calls);

    private sealed record Expectation(double[] Gradient, double[] Variance);
}
