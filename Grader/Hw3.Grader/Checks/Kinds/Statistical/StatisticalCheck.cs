using System.Globalization;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Statistical;

/// <summary>
/// Grades a Monte Carlo gradient estimator on what the answer key rules: unbiasedness. Each estimator is called
/// <c>replicates</c> times on each of its cases, on independent seeded streams, with <c>samples</c> draws per call;
/// per component, a two-sided t-test of the calls' average against the exact ∇F(μ) with the standard error from the
/// calls' own spread (<see cref="BiasTest"/>). Thresholds: Student t with replicates − 1 degrees of freedom,
/// Bonferroni over every component of every case and estimator, so a correct estimator fails the item with
/// probability at most <c>falseFailProbability</c> (when its averages are normal: <c>samples</c> is large). A spread
/// well above a correct estimator's earns a note, not a failure; identical estimates on every stream fail (the
/// estimator does not draw from the given rng). The cases are chosen in the rubric for power; <c>./hw3 power</c>
/// measures it.
/// </summary>
public sealed class StatisticalCheck : ICheck
{
    private readonly IReadOnlyList<PlannedCase> _cases;

    public StatisticalCheck(RubricItem item, StatisticalSettings settings, CheckContext context)
    {
        Item = item;
        Settings = settings;
        _cases = settings.Cases.Select((c, index) => PlanCase(item, settings, context.Seed, c, index)).ToList();
        ComponentsTested = _cases.Sum(c => c.Case.Dimension * c.Calls.Count);
        Threshold = BiasTest.Threshold(settings.FalseFailProbability, ComponentsTested, settings.Replicates);
        NoteThreshold = BiasTest.NoteThreshold(settings.FalseFailProbability, ComponentsTested, settings.Replicates);
    }

    public RubricItem Item { get; }

    public StatisticalSettings Settings { get; }

    /// <summary>How many t-tests the item makes (the Bonferroni divisor): every component of every case, per estimator tested on it.</summary>
    public int ComponentsTested { get; }

    /// <summary>The |t| above which an estimate is judged biased.</summary>
    public double Threshold { get; }

    /// <summary>The ratio of the calls' variance to a correct estimator's above which a note says the estimator is needlessly noisy.</summary>
    public double NoteThreshold { get; }

    public IReadOnlyList<MemberCall> PlanCalls() => _cases.SelectMany(c => c.Calls.SelectMany(t => t.Value)).ToList();

    public void ComputeReferences()
    {
        foreach (var planned in _cases)
        {
            foreach (var member in planned.Calls.Keys)
            {
                _ = EstimatorExpectation.For(planned.Case, AnswerApi.AnswerApiCatalog.Get(member));
            }
        }
    }

    public ItemResult Score(CallResults results)
    {
        var lines = new List<string>();
        var reasons = new List<string>();
        var passed = 0;
        StudentFinding? finding = null;
        foreach (var target in Item.Targets)
        {
            var verdict = Judge(target, results).Verdict;
            lines.AddRange(verdict.Lines);
            if (verdict.Passed)
            {
                passed++;
            }
            else
            {
                reasons.Add(verdict.Reason);
                finding ??= verdict.Finding;
            }
        }

        lines.Add(RuleText());
        var reason = passed == Item.Targets.Count ? "unbiased" : string.Join("; ", reasons.Distinct());
        return ItemOutcome.Scored(Item, (double)passed / Item.Targets.Count, reason, lines, finding: finding);
    }

    /// <summary>The rule, as the student reads it under every report.</summary>
    public string RuleText()
    {
        var s = Settings;
        return string.Create(CultureInfo.InvariantCulture,
            $"Graded on unbiasedness: per component, a two-sided t-test of the average of {s.Replicates} calls ({SamplesText()}) against the exact ∇F(μ), with the standard error from your calls' own spread (at least {Tolerance.Format(s.SpreadFloor)} of a correct estimator's and {Tolerance.Format(s.NumericFloor)} of |∇F(μ)|), so variance reduction is welcome; calls that vary more than {Tolerance.Format(s.SpreadCeiling)} times as much as a correct estimator's fail as too noisy to judge. A correct estimator fails this item with probability at most {Tolerance.Format(s.FalseFailProbability)} ({ComponentsTested} t-tests at |t| ≤ {Threshold:F2}); a {s.DetectBias * 100:0.#} % bias fails it with probability at least {s.DetectProbability:0.##}.");
    }

    private string SamplesText() =>
        string.Join(" or ", Settings.Cases.Select(c => c.Samples ?? Settings.Samples).Distinct().Select(n => n.ToString(CultureInfo.InvariantCulture))) + " samples each";

    /// <summary>Pass or fail for one estimator on all its cases, and the largest |t| seen (the power table reports the margin).</summary>
    public EstimatorJudgement Judge(RubricTarget target, CallResults results)
    {
        var largest = 0.0;
        var verdict = Judge(target, results, t => largest = Math.Max(largest, Math.Abs(t)));
        return new EstimatorJudgement(verdict, largest);
    }

    private TargetVerdict Judge(RubricTarget target, CallResults results, Action<double> seen)
    {
        var settings = Settings;
        var member = target.Member.Id;
        var notes = new List<string>();
        var tested = _cases.Where(c => c.Calls.ContainsKey(member)).ToList();
        foreach (var planned in tested)
        {
            var calls = planned.Calls[member];
            var estimates = new List<double[]>();
            foreach (var call in calls)
            {
                var outcome = results[call];
                if (outcome.Status != CallStatus.Returned)
                {
                    return outcome.Status == CallStatus.NotRun
                        ? TargetVerdict.Fail(OutcomeText.Short(outcome), [$"✗ {member}", OutcomeText.Describe(call, outcome)])
                        : TargetVerdict.Fail(OutcomeText.Short(outcome), [$"✗ {member}", OutcomeText.Describe(call, outcome), CallResults.CallLine(call)])
                            with { Finding = new StudentFinding(call.Key, OutcomeText.Describe(call, outcome), null, null) };
                }

                var value = outcome.Value!;
                if (value.Kind != WireKind.DoubleArray || value.Numbers!.Length != planned.Case.Dimension || value.Numbers.Any(d => !double.IsFinite(d)))
                {
                    var what = value.Kind != WireKind.DoubleArray ? $"returned {value}, not an array"
                        : value.Numbers!.Length != planned.Case.Dimension ? $"returned an array of length {value.Numbers.Length}; expected {planned.Case.Dimension}"
                        : "returned NaN or ±∞";
                    return TargetVerdict.Fail("invalid value", [$"✗ {member}", $"{call.Key} {what}.", CallResults.CallLine(call)])
                        with { Finding = new StudentFinding(call.Key, $"{call.Key} {what}", null, null) };
                }

                estimates.Add(value.Numbers);
            }

            var expectation = EstimatorExpectation.For(planned.Case, target.Member);
            var floor = settings.NumericFloor * expectation.GradientNorm;
            var setting = string.Create(CultureInfo.InvariantCulture,
                $"on f = {planned.Case.Function} with k = {planned.Case.Dimension}, σ = {planned.Case.Sigma.ToString("R", CultureInfo.InvariantCulture)}");
            var samples = planned.Case.Samples ?? settings.Samples;
            var tests = Enumerable.Range(0, planned.Case.Dimension)
                .Select(j => BiasTest.Run(estimates.Select(e => e[j]).ToList(), expectation.Gradient[j], expectation.DrawVariance[j], samples, settings.SpreadFloor, floor))
                .ToList();
            if (tests.All(t => t.Constant) && tests.Any(t => t.Identical))
            {
                return TargetVerdict.Fail("ignores the random stream", [
                    $"✗ {member} {setting}:",
                    $"its {calls.Count} calls, each on a different seeded rng, returned the same estimate; a Monte Carlo estimator's estimates vary with its draws.",
                    "Draw every sample from the rng you are given (do not create your own Random).",
                    CallResults.CallLine(calls[0]),
                ]) with { Finding = new StudentFinding(calls[0].Key, $"{member}'s {calls.Count} calls, each on a different seeded rng, returned the same estimate", "Draw every sample from the rng you are given (do not create your own Random).", null) };
            }

            var noisiest = tests.Select((t, j) => (t.SpreadRatio, j)).MaxBy(p => double.IsNaN(p.SpreadRatio) ? double.PositiveInfinity : p.SpreadRatio);
            for (var j = 0; j < tests.Count; j++)
            {
                seen(tests[j].T);
                if (Math.Abs(tests[j].T) > Threshold)
                {
                    return TargetVerdict.Fail("biased", [
                        $"✗ {member} {setting}:",
                        string.Create(CultureInfo.InvariantCulture,
                            $"the average of its {calls.Count} estimates ({samples} samples each) is {Math.Abs(tests[j].T):F1} standard errors away from ∇F(μ) in component {j}; an unbiased estimator stays within {Threshold:F2}."),
                        "Check the integrand (the powers of σ, the sample point μ + σε) and that every draw comes from the given rng.",
                        CallResults.CallLine(calls[0]),
                    ]) with
                    {
                        Finding = new StudentFinding(calls[0].Key, string.Create(CultureInfo.InvariantCulture,
                            $"{member} {setting}: the average of its {calls.Count} estimates is {Math.Abs(tests[j].T):F1} standard errors away from the true gradient in component {j}"), null, null),
                    };
                }
            }

            if (!(noisiest.SpreadRatio <= settings.SpreadCeiling))
            {
                // An error bar this wide would let any bias through (the t-test has no power left); a bias the
                // t-test sees even so is named as such above. A variance that overflowed gives a NaN t: caught here.
                return TargetVerdict.Fail("too noisy", [
                    $"✗ {member} {setting}:",
                    string.Create(CultureInfo.InvariantCulture,
                        $"its {calls.Count} estimates ({samples} samples each) vary {SpreadText(noisiest.SpreadRatio)} as much as a correct estimator's in component {noisiest.j} (at most {settings.SpreadCeiling:0.##} times is judged on its bias); that much noise would hide any bias, so it cannot be judged unbiased."),
                    "Average the integrand over exactly `samples` draws of the given rng, and check the integrand for terms that blow up.",
                    CallResults.CallLine(calls[0]),
                ]) with { Finding = new StudentFinding(calls[0].Key, $"{member} {setting}: its estimates vary {SpreadText(noisiest.SpreadRatio)} as much as a correct estimator's", "Average the integrand over exactly `samples` draws of the given rng, and check the integrand for terms that blow up.", null) };
            }

            if (noisiest.SpreadRatio > NoteThreshold)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Note ({member} {setting}): your estimates vary {noisiest.SpreadRatio:F1} times as much as a correct estimator's of {samples} samples (component {noisiest.j}). That costs no points up to {settings.SpreadCeiling:0.##} times, since only the bias is graded, but check that you average over exactly `samples` draws."));
            }
        }

        return new TargetVerdict(true, "correct", [
            string.Create(CultureInfo.InvariantCulture, $"✓ {member}: unbiased on {tested.Count} {(tested.Count == 1 ? "setting" : "settings")} ({settings.Replicates} seeded calls × {string.Join(", ", tested.Select(c => c.Case.Samples ?? settings.Samples).Distinct())} samples each)."),
            .. notes,
        ], []);
    }

    private static string SpreadText(double ratio) =>
        double.IsFinite(ratio) ? ratio.ToString("G3", CultureInfo.InvariantCulture) + " times" : "immeasurably more (their variance overflows)";

    private static PlannedCase PlanCase(RubricItem item, StatisticalSettings settings, int seed, StatisticalCase statisticalCase, int index)
    {
        var caseSeed = StableSeed.Derive(seed, item.Id, "case", index);
        var spec = statisticalCase.Spec;
        var mu = statisticalCase.Mu.ToArray();
        var calls = new Dictionary<string, IReadOnlyList<MemberCall>>(StringComparer.Ordinal);
        foreach (var target in item.Targets.Where(t => statisticalCase.Tests(t.Member.Id)))
        {
            var member = target.Member;
            calls[member.Id] = Enumerable.Range(0, settings.Replicates).Select(r =>
            {
                var args = member.ParameterNames!.Select(name => name switch
                {
                    "f" => WireValue.OfFunction(spec),
                    "gradF" => WireValue.OfGradient(spec),
                    "mu" => WireValue.Of(mu),
                    "sigma" => WireValue.Of(statisticalCase.Sigma),
                    "samples" => WireValue.Of(statisticalCase.Samples ?? settings.Samples),
                    "rng" => WireValue.OfRandom(StableSeed.Derive(caseSeed, member.Id, r)),
                    _ => throw new InvalidOperationException($"cannot fill parameter '{name}' of {member.Id}"),
                }).ToList();
                return new MemberCall(member.TypeName, member.MemberName, member.ParameterTypes, args);
            }).ToList();
        }

        return new PlannedCase(index, statisticalCase, calls);
    }

    private sealed record PlannedCase(int Index, StatisticalCase Case, IReadOnlyDictionary<string, IReadOnlyList<MemberCall>> Calls);
}
