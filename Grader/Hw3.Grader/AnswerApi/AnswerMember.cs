namespace Hw3.Grader.AnswerApi;

/// <summary>One member of the frozen answer API, e.g. <c>Q1.InitScale(int d1, int d2) : double</c>.</summary>
/// <param name="ParameterNames">Null for a property (<c>Q1.WhyOnlyFanInMatters</c>).</param>
/// <param name="ParameterTypes">C# type names, as the runner resolves them; null for a property.</param>
public sealed record AnswerMember(
    string TypeName,
    string MemberName,
    IReadOnlyList<string>? ParameterNames,
    IReadOnlyList<string>? ParameterTypes,
    string ReturnType)
{
    public string Id => $"{TypeName}.{MemberName}";

    public bool IsProperty => ParameterTypes is null;

    /// <summary><c>Q1.InitScale(int d1, int d2) : double</c>, as messages show the expected signature.</summary>
    public string Signature => IsProperty
        ? $"{TypeName}.{MemberName} : {ReturnType}"
        : $"{TypeName}.{MemberName}({string.Join(", ", ParameterTypes!.Zip(ParameterNames!, (t, n) => t + " " + n))}) : {ReturnType}";
}
