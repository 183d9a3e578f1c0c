using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Kit.Checking;
using Hw3.Kit.Sampling;

namespace Hw3.Kit.Properties;

/// <summary>
/// Q4's estimators: each is called on many seeded rngs; per component, the average of the calls is compared with the
/// numerical derivative of the kit's own Monte Carlo estimate of F(μ) in a t-test (standard error from the calls' own
/// spread and the kit's estimate's), on the kit's own test function. Estimates that do not change with the rng fail.
/// </summary>
public sealed class EstimatorCheck : IPropertyCheck
{
    private const int CallsPerEstimator = 30;
    private const int SamplesPerCall = 400;
    private const int ReferencePairs = 20000;
    private const double Errors = 5;
    private readonly GaussianCase gaussian = GaussianCase.All[0];
    private readonly List<MemberCall> score;
    private readonly List<MemberCall> reparameterized;

    public EstimatorCheck(CallFactory factory)
    {
        var mu = WireValue.Of(gaussian.Mu);
        var sigma = WireValue.Of(gaussian.Sigma);
        var samples = WireValue.Of(SamplesPerCall);
        score = [.. Enumerable.Range(1, CallsPerEstimator).Select(seed => factory.Call("Q4.EstimateGradientScoreFunction", WireValue.OfFunction(gaussian.Function), mu, sigma, samples, WireValue.OfRandom(seed)))];
        reparameterized = [.. Enumerable.Range(1, CallsPerEstimator).Select(seed => factory.Call("Q4.EstimateGradientReparameterization", WireValue.OfGradient(gaussian.Function), mu, sigma, samples, WireValue.OfRandom(seed)))];
    }

    public static PropertyCheckInfo Info { get; } = new(
        "that each estimator's average over 30 seeded calls agrees with the numerical derivative of the kit's own Monte Carlo estimate of F(μ) (a t-test at 5 standard errors), and that it changes with the rng",
        "a bias below roughly 10 %: the graded check calls your estimators more often, on other functions, and catches a 5 % bias");

    public IReadOnlyList<MemberCall> Calls => [.. score, .. reparameterized];

    public KitVerdict Judge(Answers answers)
    {
        var gradient = gaussian.NumericalGradient(gaussian.Epsilons(ReferencePairs, seed: 4200));
        foreach (var calls in new[] { score, reparameterized })
        {
            if (!answers.TryArrays(calls, gaussian.K, out var values, out var problem))
            {
                return KitVerdict.Fail(problem);
            }

            for (var j = 0; j < gaussian.K; j++)
            {
                var yours = MeanEstimate.Of([.. values.Select(v => v[j])]);
                if (yours.StandardError == 0)
                {
                    return KitVerdict.Fail($"{calls[0].Key} and {calls[1].Key} returned the same estimate: an estimator must draw its samples from the rng it is given");
                }

                if (!yours.Agrees(gradient[j].Mean, Errors, gradient[j].StandardError))
                {
                    return KitVerdict.Fail(
                        $"{calls[0].Key} and {CallsPerEstimator - 1} more calls with other seeds average {Answers.Show(yours.Mean)} ± {Answers.Show(yours.StandardError)} in component {j} (f = {gaussian.Create().ValueExpression}), " +
                        $"but the derivative of F(μ) estimated by Monte Carlo is {Answers.Show(gradient[j].Mean)}: the estimator looks biased");
                }
            }
        }

        return KitVerdict.Pass("both estimators' averages agree with ∇F(μ) and change with the rng");
    }
}
