using Hw3.Grader.AnswerApi;

namespace Hw3.TestSupport.AnswerApi;

/// <summary>One member of the answer API as reflection sees it; <see cref="ParameterTypes"/> is null for a property.</summary>
public sealed record AnswerApiMember(string TypeName, string MemberName, Type[]? ParameterTypes, Type ReturnType)
{
    public string Id => $"{TypeName}.{MemberName}";

    public bool IsProperty => ParameterTypes is null;

    public static AnswerApiMember From(AnswerMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(
            member.TypeName,
            member.MemberName,
            member.ParameterTypes?.Select(ClrTypeNames.Of).ToArray(),
            ClrTypeNames.Of(member.ReturnType));
    }

    /// <summary>Arguments of the right types and valid values, for calls whose answer does not matter.</summary>
    public object?[] ExampleArguments() => (ParameterTypes ?? []).Select(ExampleOf).ToArray();

    public override string ToString() => Id;

    private static object? ExampleOf(Type type) =>
        type == typeof(int) ? 4
        : type == typeof(double) ? 0.5
        : type == typeof(double[]) ? new[] { 0.25, -1.0 }
        : type == typeof(Func<double[], double>) ? new Func<double[], double>(x => x.Sum())
        : type == typeof(Func<double[], double[]>) ? new Func<double[], double[]>(x => x.Select(_ => 1.0).ToArray())
        : type == typeof(Random) ? new Random(182)
        : throw new ArgumentOutOfRangeException(nameof(type), type, "no example value for this parameter type");
}
