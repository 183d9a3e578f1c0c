using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Kit.Checking;
using Hw3.Kit.Sampling;

namespace Hw3.Kit.Properties;

/// <summary>
/// 4(a) and 4(d): the average of the score-function integrand over x ~ N(μ, σ²I) must be ∇F(μ). The kit draws x in
/// antithetic pairs, calls your integrand at each, and compares the average with the numerical derivative of its own
/// Monte Carlo estimate of F(μ), within 4.5 standard errors (from the spread of your values over the pairs).
/// 4(d) gets f(x) and ∇_μ log p_μ(x) = (x − μ)/σ² at the same x, as the grader passes them.
/// </summary>
public sealed class ScoreIntegrandCheck : IPropertyCheck
{
    private const int Pairs = 200;
    private const double Errors = 4.5;
    private readonly bool general;
    private readonly List<(GaussianCase Case, double[][] Eps, List<MemberCall> Calls)> cases = [];

    public ScoreIntegrandCheck(CallFactory factory, bool general)
    {
        this.general = general;
        var gaussian = GaussianCase.All[0];
        var eps = gaussian.Epsilons(Pairs, seed: 4000);
        var f = gaussian.Create();
        var calls = eps.Select(e =>
        {
            var x = gaussian.Point(e);
            return general
                ? factory.Call("Q4.GeneralScoreFunctionIntegrand", WireValue.Of(f.Value(x)), WireValue.Of(x.Zip(gaussian.Mu, (xi, m) => (xi - m) / (gaussian.Sigma * gaussian.Sigma)).ToArray()))
                : factory.Call("Q4.ScoreFunctionIntegrand", WireValue.OfFunction(gaussian.Function), WireValue.Of(x), WireValue.Of(gaussian.Mu), WireValue.Of(gaussian.Sigma));
        }).ToList();
        cases.Add((gaussian, eps, calls));
    }

    public static PropertyCheckInfo Info { get; } = new(
        "that the average of your integrand over sampled x is ∇F(μ), the numerical derivative of a Monte Carlo estimate of F(μ), on a test function of the kit's own (within the sampling error, about 10 %)",
        "a mistake smaller than the sampling error, or one that only shows on other functions, dimensions or σ; the graded check compares your integrand itself on many inputs");

    public IReadOnlyList<MemberCall> Calls => [.. cases.SelectMany(c => c.Calls)];

    public KitVerdict Judge(Answers answers)
    {
        foreach (var (gaussian, eps, calls) in cases)
        {
            if (!answers.TryArrays(calls, gaussian.K, out var values, out var problem))
            {
                return KitVerdict.Fail(problem);
            }

            var gradient = gaussian.NumericalGradient(eps);
            for (var j = 0; j < gaussian.K; j++)
            {
                // Pairs are the independent units: the average of x and its mirror image.
                var pairAverages = Enumerable.Range(0, Pairs).Select(i => (values[i][j] + values[i + Pairs][j]) / 2).ToArray();
                var yours = MeanEstimate.Of(pairAverages);
                if (!yours.Agrees(gradient[j].Mean, Errors, gradient[j].StandardError))
                {
                    return KitVerdict.Fail(
                        $"{(general ? "Q4.GeneralScoreFunctionIntegrand" : "Q4.ScoreFunctionIntegrand")} averaged over {2 * Pairs} samples x ~ N(μ, σ²I) (f = {gaussian.Create().ValueExpression}, σ = {gaussian.Sigma}) gives {Answers.Show(yours.Mean)} ± {Answers.Show(yours.StandardError)} in component {j}, " +
                        $"but the derivative of F(μ) estimated by Monte Carlo is {Answers.Show(gradient[j].Mean)}: its average should be ∇F(μ); e.g. {calls[0].Key}");
                }
            }
        }

        return KitVerdict.Pass("its average over sampled x agrees with ∇F(μ)");
    }
}
