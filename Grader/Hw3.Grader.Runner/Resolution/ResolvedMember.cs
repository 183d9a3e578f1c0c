namespace Hw3.Grader.Runner.Resolution;

/// <summary>A static member ready to call: its parameter types and how to call it.</summary>
internal sealed record ResolvedMember(IReadOnlyList<Type> ParameterTypes, Func<object?[], object?> Invoke);
