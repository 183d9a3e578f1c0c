namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>One member of the frozen answer API; <see cref="ParameterTypes"/> is null for a property.</summary>
internal sealed record AnswerApiMember(string TypeName, string MemberName, Type[]? ParameterTypes, Type ReturnType)
{
    public string Id => $"{TypeName}.{MemberName}";

    public bool IsProperty => ParameterTypes is null;

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
