using Hw3.Grader.AnswerApi;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.References.Generators;

/// <summary>
/// <c>gaussian</c>: Q4's integrand inputs. For each function family, dimension k, σ and draw on the rubric's axes, one
/// test function f drawn from the family, μ uniform in [-1, 1]^k, ε standard normal, x = μ + σε, a value f(x) and a
/// score ∇log p, each from one seeded stream, filled into Q4's parameter names.
/// </summary>
public sealed class GaussianInputs : IInputGenerator
{
    private static readonly AxisValue[] DefaultFunction = [new(null, "linear")];
    private static readonly AxisValue[] DefaultDimension = [new(3, null)];
    private static readonly AxisValue[] DefaultSigma = [new(1.0, null)];
    private static readonly AxisValue[] DefaultDraw = [new(1, null)];

    public string Name => "gaussian";

    public IReadOnlySet<string> Parameters { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "f", "gradF", "x", "eps", "z", "mu", "sigma", "fx", "gradLogP" };

    public IReadOnlyList<IReadOnlyList<WireValue>> Draw(AnswerMember member, Func<string, IReadOnlyList<AxisValue>?> axis, Func<object[], int> seedOf)
    {
        var draws = new List<IReadOnlyList<WireValue>>();
        foreach (var function in axis("function") ?? DefaultFunction)
        foreach (var k in axis("k") ?? DefaultDimension)
        foreach (var sigma in axis("sigma") ?? DefaultSigma)
        foreach (var draw in axis("draw") ?? DefaultDraw)
        {
            var dimension = (int)Math.Round(k.Number ?? 3);
            var sigmaValue = sigma.Number ?? 1.0;
            var rng = new Random(seedOf([function, dimension, sigmaValue, draw]));
            var spec = TestFunctionSampler.Draw(function.Name ?? "linear", dimension, rng);
            var mu = TestFunctionSampler.Uniform(rng, dimension, -1, 1);
            var eps = TestFunctionSampler.Gaussian(rng, dimension);
            var x = mu.Zip(eps, (m, e) => Math.Round(m + sigmaValue * e, 6)).ToArray();
            var fx = TestFunctionSampler.Uniform(rng, 1, -2, 2)[0];
            var gradLogP = TestFunctionSampler.Gaussian(rng, dimension);
            draws.Add([.. member.ParameterNames!.Select(name => name switch
            {
                "f" => WireValue.OfFunction(spec),
                "gradF" => WireValue.OfGradient(spec),
                "x" => WireValue.Of(x),
                "eps" or "z" => WireValue.Of(eps),
                "mu" => WireValue.Of(mu),
                "sigma" => WireValue.Of(sigmaValue),
                "fx" => WireValue.Of(fx),
                "gradLogP" => WireValue.Of(gradLogP),
                _ => throw new InvalidOperationException($"the {Name} generator cannot fill parameter '{name}' of {member.Id}"),
            })]);
        }

        return draws;
    }
}
