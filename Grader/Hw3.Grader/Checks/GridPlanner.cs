using Hw3.Grader.AnswerApi;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>
/// Turns a member and a rubric's axes into concrete calls: the cartesian product of the axes the member
/// takes, in parameter order; or, with the "gaussian" generator, Q4 inputs drawn from seeded streams.
/// </summary>
public static class GridPlanner
{
    private static readonly AxisValue[] DefaultFunction = [new(null, "linear")];
    private static readonly AxisValue[] DefaultDimension = [new(3, null)];
    private static readonly AxisValue[] DefaultSigma = [new(1.0, null)];
    private static readonly AxisValue[] DefaultDraw = [new(1, null)];

    /// <summary>The parameters the "gaussian" generator knows how to fill.</summary>
    public static IReadOnlySet<string> GaussianParameters { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "f", "gradF", "x", "eps", "z", "mu", "sigma", "fx", "gradLogP" };

    public static IReadOnlyList<MemberCall> Plan(AnswerMember member, IReadOnlyList<Axis> axes, string? generator, int seed, string itemId)
    {
        if (member.IsProperty)
        {
            return [PropertyCall(member)];
        }

        return generator == "gaussian" ? PlanGaussian(member, axes, seed, itemId) : PlanDirect(member, axes);
    }

    private static List<MemberCall> PlanDirect(AnswerMember member, IReadOnlyList<Axis> axes)
    {
        var perParameter = member.ParameterNames!
            .Select((name, i) => axes.First(a => a.Name == name).Values.Select(v => ToWire(v, member.ParameterTypes![i])).ToList())
            .ToList();
        return Product(perParameter)
            .Select(args => new MemberCall(member.TypeName, member.MemberName, member.ParameterTypes, args))
            .ToList();
    }

    private static List<MemberCall> PlanGaussian(AnswerMember member, IReadOnlyList<Axis> axes, int seed, string itemId)
    {
        IReadOnlyList<AxisValue> Axis(string name, AxisValue[] fallback) => axes.FirstOrDefault(a => a.Name == name)?.Values ?? fallback;

        var calls = new List<MemberCall>();
        foreach (var function in Axis("function", DefaultFunction))
        foreach (var k in Axis("k", DefaultDimension))
        foreach (var sigma in Axis("sigma", DefaultSigma))
        foreach (var draw in Axis("draw", DefaultDraw))
        {
            var dimension = (int)Math.Round(k.Number ?? 3);
            var sigmaValue = sigma.Number ?? 1.0;
            var rng = new Random(StableSeed.Derive(seed, itemId, function, dimension, sigmaValue, draw));
            var spec = TestFunctionSampler.Draw(function.Name ?? "linear", dimension, rng);
            var mu = TestFunctionSampler.Uniform(rng, dimension, -1, 1);
            var eps = TestFunctionSampler.Gaussian(rng, dimension);
            var x = mu.Zip(eps, (m, e) => Math.Round(m + sigmaValue * e, 6)).ToArray();
            var fx = TestFunctionSampler.Uniform(rng, 1, -2, 2)[0];
            var gradLogP = TestFunctionSampler.Gaussian(rng, dimension);
            var args = member.ParameterNames!.Select(name => name switch
            {
                "f" => WireValue.OfFunction(spec),
                "gradF" => WireValue.OfGradient(spec),
                "x" => WireValue.Of(x),
                "eps" or "z" => WireValue.Of(eps),
                "mu" => WireValue.Of(mu),
                "sigma" => WireValue.Of(sigmaValue),
                "fx" => WireValue.Of(fx),
                "gradLogP" => WireValue.Of(gradLogP),
                _ => throw new InvalidOperationException($"the gaussian generator cannot fill parameter '{name}' of {member.Id}"),
            }).ToList();
            calls.Add(new MemberCall(member.TypeName, member.MemberName, member.ParameterTypes, args));
        }

        return calls;
    }

    /// <summary>The one call that reads a property, field or constant of the answer API.</summary>
    public static MemberCall PropertyCall(AnswerMember member) => new(member.TypeName, member.MemberName, null, []);

    public static WireValue ToWire(AxisValue value, string parameterType) => parameterType switch
    {
        "int" => WireValue.Of((int)Math.Round(value.Number ?? 0)),
        "double" => WireValue.Of(value.Number ?? double.NaN),
        "string" => WireValue.Of(value.Name),
        _ => throw new InvalidOperationException($"an axis cannot supply a {parameterType}"),
    };

    public static IEnumerable<IReadOnlyList<T>> Product<T>(IReadOnlyList<IReadOnlyList<T>> lists)
    {
        IEnumerable<IReadOnlyList<T>> result = [[]];
        foreach (var list in lists)
        {
            var captured = list;
            result = result.SelectMany(prefix => captured.Select(item => (IReadOnlyList<T>)[.. prefix, item]));
        }

        return result;
    }

    private static List<IReadOnlyList<T>> Product<T>(List<List<T>> lists) =>
        Product<T>(lists.Select(l => (IReadOnlyList<T>)l).ToList()).ToList();
}
