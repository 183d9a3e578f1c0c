namespace Hw3.TestFunctions;

/// <summary>Placeholder until the catalog lands (replaced in the foundation work).</summary>
public static class TestFunctionCatalog
{
    public static TestFunction Create(TestFunctionSpec spec) => throw new ArgumentException($"unknown test function '{spec.Name}'");
}

public sealed record TestFunction(string ValueExpression, string GradientExpression);
