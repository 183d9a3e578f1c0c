using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Hw3.Grader.References.Precomputed;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Checks;

/// <summary>
/// Deterministic experiments kept by a hash of everything that decides them (a behaviour kind's settings and the
/// student's values, as text): identical values give identical results, so a class of mostly-right students costs a
/// few experiments, not one each. Process-wide where a kind makes it so: a batch shares it across its jobs, and two
/// submissions with the same values never compute twice (the second waits for the first). Entries are a few numbers
/// and never evicted. A precomputed reference file carries the entries the references needed (<see cref="IReferenceStore"/>).
/// </summary>
public sealed class ComputedOnce<TResult>(string name) : IReferenceStore
{
    private readonly ConcurrentDictionary<string, Lazy<TResult>> _results = new(StringComparer.Ordinal);
    private long _runs;

    public string Name { get; } = name;

    /// <summary>How many results were computed (not served from memory or a reference file): for the bench and tests.</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <param name="parts">Everything that decides the result, each already in invariant text.</param>
    public TResult Get(IEnumerable<string> parts, Func<TResult> compute)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", parts))));
        return _results.GetOrAdd(key, _ => new Lazy<TResult>(() =>
        {
            Interlocked.Increment(ref _runs);
            return compute();
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    public IReadOnlyList<KeyValuePair<string, JToken>> Export(JsonSerializer serializer) =>
        _results
            .Where(entry => entry.Value.IsValueCreated) // a computation that threw is not a value
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => KeyValuePair.Create(entry.Key, JToken.FromObject(entry.Value.Value!, serializer)))
            .ToList();

    public StagedEntries Stage(JObject section, JsonSerializer serializer)
    {
        var entries = section.Properties()
            .Select(property => (property.Name, Value: property.Value.ToObject<TResult>(serializer)
                ?? throw new FormatException($"{Name}: the entry {property.Name} holds no value")))
            .ToList();
        return new StagedEntries(entries.Count, () =>
        {
            foreach (var (key, value) in entries)
            {
                _results.TryAdd(key, new Lazy<TResult>(value));
            }
        });
    }
}
