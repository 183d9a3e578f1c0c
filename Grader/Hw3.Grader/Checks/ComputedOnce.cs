using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Hw3.Grader.Checks;

/// <summary>
/// Deterministic experiments kept by a hash of everything that decides them (a behaviour kind's settings and the
/// student's values, as text): identical values give identical results, so a class of mostly-right students costs a
/// few experiments, not one each. Process-wide where a kind makes it so: a batch shares it across its jobs, and two
/// submissions with the same values never compute twice (the second waits for the first). Entries are a few numbers
/// and never evicted.
/// </summary>
public sealed class ComputedOnce<TResult>
{
    private readonly ConcurrentDictionary<string, Lazy<TResult>> _results = new(StringComparer.Ordinal);
    private long _runs;

    /// <summary>How many results were computed (not served from memory): for the bench and tests.</summary>
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
}
