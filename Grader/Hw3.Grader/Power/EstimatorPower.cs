using Hw3.Grader.Checks;
using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;
using Hw3.ReferenceSolutions.Q4.Estimators;

namespace Hw3.Grader.Power;

/// <summary>
/// Measures the estimator check's error rates: for every seed, the rubric's statistical item is planned with that
/// seed as its rubric seed (the cases stay; every call's stream changes) and scored on each variant's answers.
/// The check is the grader's own <see cref="StatisticalCheck"/>; only the runner is replaced by <see cref="InProcessEstimator"/>.
/// </summary>
public sealed class EstimatorPower(RubricItem item, CheckContext context)
{
    public IReadOnlyList<PowerRow> Measure(IReadOnlyList<EstimatorVariant> variants, int firstSeed, int seeds, int jobs, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (item.Settings is not StatisticalSettings settings)
        {
            throw new ArgumentException($"{item.Id} is a {item.Kind.Name} item, not a statistical one", nameof(item));
        }

        var targets = item.Targets;
        var failures = new int[variants.Count, targets.Count];
        var largest = new double[variants.Count, targets.Count];
        var gate = new object();
        var done = 0;
        new StatisticalCheck(item, settings, context with { Seed = firstSeed }).ComputeReferences();
        Parallel.For(0, seeds, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken }, offset =>
        {
            var check = new StatisticalCheck(item, settings, context with { Seed = firstSeed + offset });
            var calls = check.PlanCalls();
            var localFailures = new int[variants.Count, targets.Count];
            var localLargest = new double[variants.Count, targets.Count];
            var answered = new Dictionary<EstimatorVariant, CallResults>();
            for (var v = 0; v < variants.Count; v++)
            {
                var variant = variants[v];
                var results = variant.ScaledFrom is { } from && answered.TryGetValue(from, out var answersOfBase)
                    ? InProcessEstimator.Scale(variant, answersOfBase, calls)
                    : InProcessEstimator.Run(variant, calls);
                answered[variant] = results;
                for (var t = 0; t < targets.Count; t++)
                {
                    var judged = check.Judge(targets[t], results);
                    if (!judged.Verdict.Passed)
                    {
                        localFailures[v, t]++;
                    }
                    else
                    {
                        localLargest[v, t] = judged.LargestAbsT;
                    }
                }
            }

            lock (gate)
            {
                for (var v = 0; v < variants.Count; v++)
                {
                    for (var t = 0; t < targets.Count; t++)
                    {
                        failures[v, t] += localFailures[v, t];
                        largest[v, t] = Math.Max(largest[v, t], localLargest[v, t]);
                    }
                }

                progress?.Invoke(++done);
            }
        });

        return variants.SelectMany((variant, v) => targets.Select((target, t) => new PowerRow(
                variant.Id, variant.Description, target.Member.Id, variant.Unbiased,
                variant.Unbiased ? settings.FalseFailProbability : settings.DetectProbability,
                failures[v, t], seeds, largest[v, t])))
            .ToList();
    }
}
