using System.Collections.Concurrent;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.References;

/// <summary>
/// A set of named formulas over a call's arguments. Formulas are pure functions of the arguments, and a
/// rubric asks every submission for the same calls, so each value is computed once per grader process and
/// remembered (a batch of hundreds pays for its references once).
/// </summary>
public class FormulaCatalog(IReadOnlyDictionary<string, Func<CallArguments, WireValue>> formulas) : IFormulaCatalog
{
    private readonly ConcurrentDictionary<(string Name, string Call), WireValue> _values = new();

    public IEnumerable<string> Names => formulas.Keys;

    public bool Contains(string name) => formulas.ContainsKey(name);

    public WireValue Evaluate(string name, MemberCall call)
    {
        if (!formulas.TryGetValue(name, out var formula))
        {
            throw new KeyNotFoundException($"no formula named '{name}'");
        }

        return _values.TryGetValue((name, call.Key), out var known)
            ? known
            : _values.GetOrAdd((name, call.Key), formula(new CallArguments(call)));
    }
}
