using System.Collections.Concurrent;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.References.Precomputed;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.References;

/// <summary>
/// A set of named formulas over a call's arguments. Formulas are pure functions of the arguments, and a
/// rubric asks every submission for the same calls, so each value is computed once per grader process and
/// remembered (a batch of hundreds pays for its references once); a precomputed reference file carries them
/// (<see cref="IReferenceStore"/>, under <paramref name="storeName"/>).
/// </summary>
public class FormulaCatalog(string storeName, IReadOnlyDictionary<string, Func<CallArguments, WireValue>> formulas) : IFormulaCatalog, IReferenceStore
{
    // The first space ends the formula's name in a file's key: the names are this code's own and hold none (checked below).
    private const char KeySeparator = ' ';

    private readonly ConcurrentDictionary<(string Name, string Call), WireValue> _values = new();

    private readonly IReadOnlyDictionary<string, Func<CallArguments, WireValue>> _formulas =
        formulas.Keys.FirstOrDefault(name => name.Length == 0 || name.Contains(KeySeparator)) is { } bad
            ? throw new ArgumentException($"a formula's name must be non-empty and hold no space: '{bad}'", nameof(formulas))
            : formulas;

    public IEnumerable<string> Names => _formulas.Keys;

    public string Name => storeName;

    public bool Contains(string name) => _formulas.ContainsKey(name);

    public WireValue Evaluate(string name, MemberCall call)
    {
        if (!_formulas.TryGetValue(name, out var formula))
        {
            throw new KeyNotFoundException($"no formula named '{name}'");
        }

        return _values.TryGetValue((name, call.Key), out var known)
            ? known
            : _values.GetOrAdd((name, call.Key), formula(new CallArguments(call)));
    }

    public IReadOnlyList<KeyValuePair<string, JToken>> Export(JsonSerializer serializer) =>
        _values
            .Select(entry => KeyValuePair.Create(entry.Key.Name + KeySeparator + entry.Key.Call, JToken.FromObject(entry.Value, serializer)))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .ToList();

    public StagedEntries Stage(JObject section, JsonSerializer serializer)
    {
        var entries = section.Properties().Select(property =>
        {
            var separator = property.Name.IndexOf(KeySeparator, StringComparison.Ordinal);
            var name = separator > 0 ? property.Name[..separator] : "";
            if (!_formulas.ContainsKey(name))
            {
                throw new FormatException($"{Name}: the entry '{property.Name}' names no formula of this catalog");
            }

            var value = property.Value.ToObject<WireValue>(serializer) ?? throw new FormatException($"{Name}: the entry '{property.Name}' holds no value");
            return (Key: (name, property.Name[(separator + 1)..]), Value: value);
        }).ToList();
        return new StagedEntries(entries.Count, () =>
        {
            foreach (var (key, value) in entries)
            {
                _values.TryAdd(key, value);
            }
        });
    }
}
