using Hw3.Grader.Checks;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.References;

/// <summary>A set of named formulas over a call's arguments.</summary>
public class FormulaCatalog(IReadOnlyDictionary<string, Func<CallArguments, WireValue>> formulas) : IFormulaCatalog
{
    public IEnumerable<string> Names => formulas.Keys;

    public bool Contains(string name) => formulas.ContainsKey(name);

    public WireValue Evaluate(string name, MemberCall call) =>
        formulas.TryGetValue(name, out var formula)
            ? formula(new CallArguments(call))
            : throw new KeyNotFoundException($"no formula named '{name}'");
}
