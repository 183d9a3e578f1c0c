using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.TestFunctions;

namespace Hw3.Grader.References;

/// <summary>Typed access to a planned call's arguments, for formulas evaluated in the grader.</summary>
public sealed class CallArguments(MemberCall call)
{
    public int Int(int index) => (int)(call.Arguments[index].Integer ?? throw Wrong(index, "an int"));

    public double Double(int index) => call.Arguments[index].AsDouble() ?? throw Wrong(index, "a number");

    public double[] Array(int index) => (double[])(call.Arguments[index].Numbers ?? throw Wrong(index, "an array")).Clone();

    public TestFunction Function(int index) => TestFunctionCatalog.Create(call.Arguments[index].Function ?? throw Wrong(index, "a test function"));

    public Random Random(int index) => new(call.Arguments[index].Seed ?? throw Wrong(index, "a seed"));

    public int Count => call.Arguments.Count;

    private ArgumentException Wrong(int index, string expected) =>
        new($"argument {index} of {call.Key} is {(index < call.Arguments.Count ? call.Arguments[index].Kind.ToString() : "missing")}, not {expected}");
}
