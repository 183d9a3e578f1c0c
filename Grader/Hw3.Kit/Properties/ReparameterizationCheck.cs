using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Kit.Checking;

namespace Hw3.Kit.Properties;

/// <summary>
/// 4(b), 4(c), 4(e) on the kit's own cases, each over a small set of ε drawn in antithetic pairs:
/// 4(b) the average of h(ε) is the Monte Carlo estimate of F(μ) = E[f(x)], x ~ N(μ, σ²I), over the same draws;
/// 4(c) the average of the integrand is the numerical derivative of that estimate (same draws, so no sampling noise);
/// 4(e) g(z, μ) has mean μ and, per component, mean square deviation σ² times that of z (a N(μ, σ²I) sample).
/// </summary>
public sealed class ReparameterizationCheck : IPropertyCheck
{
    private const int Pairs = 8;
    private const double Relative = 1e-5;
    private readonly string itemId;
    private readonly List<(GaussianCase Case, double[][] Eps, List<MemberCall> Calls)> cases = [];

    public ReparameterizationCheck(string itemId, CallFactory factory)
    {
        this.itemId = itemId;
        foreach (var (gaussian, index) in GaussianCase.All.Select((c, i) => (c, i)))
        {
            var eps = gaussian.Epsilons(Pairs, seed: 4100 + index);
            var sigma = WireValue.Of(gaussian.Sigma);
            var mu = WireValue.Of(gaussian.Mu);
            var calls = eps.Select(e => itemId switch
            {
                "q4b" => factory.Call("Q4.ReparameterizedIntegrand", WireValue.OfFunction(gaussian.Function), WireValue.Of(e), mu, sigma),
                "q4c" => factory.Call("Q4.ReparameterizedGradientIntegrand", WireValue.OfGradient(gaussian.Function), WireValue.Of(e), mu, sigma),
                _ => factory.Call("Q4.GaussianReparameterization", WireValue.Of(e), mu, sigma),
            }).ToList();
            cases.Add((gaussian, eps, calls));
        }
    }

    public static PropertyCheckInfo ValueInfo { get; } = new(
        "that the average of h(ε) over sampled ε is the Monte Carlo estimate of F(μ) = E[f(x)] over the same draws, on the kit's own test functions",
        "a rewriting that has the same average over pairs ε, −ε but is not f(μ ± σε) (the graded check compares h itself)");

    public static PropertyCheckInfo GradientInfo { get; } = new(
        "that the average of your integrand over sampled ε is the numerical derivative of the Monte Carlo estimate of F(μ) over the same draws, on the kit's own test functions",
        "an integrand that has the right average over pairs ε, −ε but is not ∇f(μ ± σε) (the graded check compares it itself)");

    public static PropertyCheckInfo SampleInfo { get; } = new(
        "that g(z, μ) over sampled z has mean μ and spread σ (per component, its mean square deviation from μ is σ² times that of z)",
        "a map with that mean and spread that is not μ ± σz (the graded check compares g itself)");

    public IReadOnlyList<MemberCall> Calls => [.. cases.SelectMany(c => c.Calls)];

    public KitVerdict Judge(Answers answers)
    {
        foreach (var (gaussian, eps, calls) in cases)
        {
            var verdict = itemId switch
            {
                "q4b" => JudgeValue(answers, gaussian, eps, calls),
                "q4c" => JudgeGradient(answers, gaussian, eps, calls),
                _ => JudgeSample(answers, gaussian, eps, calls),
            };
            if (verdict is not null)
            {
                return verdict;
            }
        }

        return KitVerdict.Pass(itemId switch
        {
            "q4b" => "its average over sampled ε is the Monte Carlo estimate of F(μ)",
            "q4c" => "its average over sampled ε is the derivative of the Monte Carlo estimate of F(μ)",
            _ => "its samples have mean μ and spread σ",
        });
    }

    private static KitVerdict? JudgeValue(Answers answers, GaussianCase gaussian, double[][] eps, List<MemberCall> calls)
    {
        var values = new double[calls.Count];
        for (var i = 0; i < calls.Count; i++)
        {
            if (!answers.TryDouble(calls[i], out values[i], out var problem))
            {
                return KitVerdict.Fail(problem);
            }
        }

        var estimate = gaussian.MonteCarloValue(eps);
        var average = values.Average();
        return Close(average, estimate)
            ? null
            : KitVerdict.Fail($"Q4.ReparameterizedIntegrand averaged over {eps.Length} draws of ε (f = {gaussian.Create().ValueExpression}) gives {Answers.Show(average)}, but F(μ) = E[f(x)] estimated over the same draws is {Answers.Show(estimate)}; e.g. {calls[0].Key}");
    }

    private static KitVerdict? JudgeGradient(Answers answers, GaussianCase gaussian, double[][] eps, List<MemberCall> calls)
    {
        if (!answers.TryArrays(calls, gaussian.K, out var values, out var problem))
        {
            return KitVerdict.Fail(problem);
        }

        var gradient = gaussian.NumericalGradient(eps);
        for (var j = 0; j < gaussian.K; j++)
        {
            var average = values.Average(v => v[j]);
            if (!Close(average, gradient[j].Mean, tolerance: 1e-4))
            {
                return KitVerdict.Fail($"Q4.ReparameterizedGradientIntegrand averaged over {eps.Length} draws of ε (∇f of f = {gaussian.Create().ValueExpression}) gives {Answers.Show(average)} in component {j}, but the derivative of F(μ) estimated over the same draws is {Answers.Show(gradient[j].Mean)}; e.g. {calls[0].Key}");
            }
        }

        return null;
    }

    private static KitVerdict? JudgeSample(Answers answers, GaussianCase gaussian, double[][] eps, List<MemberCall> calls)
    {
        if (!answers.TryArrays(calls, gaussian.K, out var values, out var problem))
        {
            return KitVerdict.Fail(problem);
        }

        for (var j = 0; j < gaussian.K; j++)
        {
            var mean = values.Average(v => v[j]);
            var spread = values.Average(v => (v[j] - gaussian.Mu[j]) * (v[j] - gaussian.Mu[j]));
            var zSpread = eps.Average(e => e[j] * e[j]);
            if (!Close(mean, gaussian.Mu[j]) || !Close(spread, gaussian.Sigma * gaussian.Sigma * zSpread))
            {
                return KitVerdict.Fail($"Q4.GaussianReparameterization over {eps.Length} draws of z (σ = {gaussian.Sigma}) has mean {Answers.Show(mean)} and standard deviation {Answers.Show(Math.Sqrt(spread / zSpread))} in component {j}; samples of N(μ, σ²I) need mean μ = {gaussian.Mu[j]} and standard deviation σ = {gaussian.Sigma}; e.g. {calls[0].Key}");
            }
        }

        return null;
    }

    private static bool Close(double actual, double expected, double tolerance = Relative) =>
        Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected));
}
