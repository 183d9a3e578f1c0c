using System.Globalization;
using Hw3.Grader.References.Precomputed;
using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.Grader.Checks.Kinds.ScaledMlp;

/// <summary>
/// ScaledMLP experiments by a hash of everything that decides them (the settings and the multiplier values): the
/// experiment is deterministic, so a class of mostly-right students builds a few networks, not one each. Process-wide
/// like the coordinate checks' cache; entries are a few numbers and never evicted.
/// </summary>
public sealed class ScaledMlpExperimentCache
{
    private readonly ComputedOnce<ScaledMlpResult> _results = new("scaled-mlp");

    public static ScaledMlpExperimentCache Shared { get; } = new();

    /// <summary>The experiments as a precomputed reference file carries them.</summary>
    public IReferenceStore Store => _results;

    /// <summary>How many experiments this cache has run (not served from memory): for the bench and tests.</summary>
    public long Runs => _results.Runs;

    public ScaledMlpResult Run(MultiplierValues values, ScaledMlpSettings settings) =>
        _results.Get(
            [
                string.Join(",", settings.HiddenWidths),
                string.Join(",", settings.Seeds),
                settings.BatchSize.ToString(CultureInfo.InvariantCulture),
                settings.LearningRate.ToString("R", CultureInfo.InvariantCulture),
                values.Key,
            ],
            () => MupExperiments.ScaledMlpComparison(settings.Experiment, values.Multipliers));
}
