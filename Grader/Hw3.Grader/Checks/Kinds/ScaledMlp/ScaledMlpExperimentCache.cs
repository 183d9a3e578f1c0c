using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.Grader.Checks.Kinds.ScaledMlp;

/// <summary>
/// ScaledMLP experiments by a hash of everything that decides them (the settings and the multiplier values): the
/// experiment is deterministic, so a class of mostly-right students builds a few networks, not one each. Process-wide
/// like the coordinate checks' cache; entries are a few numbers and never evicted.
/// </summary>
public sealed class ScaledMlpExperimentCache
{
    private readonly ConcurrentDictionary<string, Lazy<ScaledMlpResult>> _results = new(StringComparer.Ordinal);
    private long _runs;

    public static ScaledMlpExperimentCache Shared { get; } = new();

    /// <summary>How many experiments this cache has run (not served from memory): for the bench and tests.</summary>
    public long Runs => Interlocked.Read(ref _runs);

    public ScaledMlpResult Run(MultiplierValues values, ScaledMlpSettings settings)
    {
        var text = string.Join("|",
            string.Join(",", settings.HiddenWidths),
            string.Join(",", settings.Seeds),
            settings.BatchSize.ToString(CultureInfo.InvariantCulture),
            settings.LearningRate.ToString("R", CultureInfo.InvariantCulture),
            values.Key);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return _results.GetOrAdd(key, _ => new Lazy<ScaledMlpResult>(() =>
        {
            Interlocked.Increment(ref _runs);
            return MupExperiments.ScaledMlpComparison(settings.Experiment, values.Multipliers);
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
