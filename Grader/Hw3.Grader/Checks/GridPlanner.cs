using Hw3.Grader.AnswerApi;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.References.Generators;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>
/// Turns a member and a rubric's axes into concrete calls: the cartesian product of the axes the member
/// takes, in parameter order; or, with a generator, the inputs it draws from seeded streams (InputGeneratorCatalog).
/// </summary>
public static class GridPlanner
{
    public static IReadOnlyList<MemberCall> Plan(AnswerMember member, IReadOnlyList<Axis> axes, string? generator, int seed, string itemId)
    {
        if (member.IsProperty)
        {
            return [PropertyCall(member)];
        }

        return generator is null ? PlanDirect(member, axes) : PlanGenerated(member, axes, generator, seed, itemId);
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

    private static List<MemberCall> PlanGenerated(AnswerMember member, IReadOnlyList<Axis> axes, string generator, int seed, string itemId)
    {
        var inputs = InputGeneratorCatalog.Find(generator)
            ?? throw new InvalidOperationException($"no input generator is named \"{generator}\" (the rubric loader refuses such a rubric)");
        return inputs
            .Draw(member, name => axes.FirstOrDefault(a => a.Name == name)?.Values, labels => StableSeed.Derive(seed, [itemId, .. labels]))
            .Select(args => new MemberCall(member.TypeName, member.MemberName, member.ParameterTypes, args))
            .ToList();
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
