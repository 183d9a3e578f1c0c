using System.Globalization;
using Hw3.Grader.References.Precomputed;
using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Checks.Kinds.Behaviour;

/// <summary>
/// Coordinate checks by a hash of everything that decides them: the layer kind under test, the experiment's settings
/// and the student's rate values. The experiment is deterministic, so identical values give identical results, and a
/// class of mostly-right students costs a few experiments, not one each. <see cref="Shared"/> is process-wide: a batch
/// shares it across its jobs, and two submissions with the same values never train twice (the second waits for the
/// first). Entries are small (a few numbers per width and layer) and never evicted: a class of 500 distinct rules
/// keeps well under a megabyte.
/// </summary>
public sealed class ExperimentCache
{
    private readonly ComputedOnce<CoordinateCheckResult> _results = new("coordinate-checks");

    public static ExperimentCache Shared { get; } = new();

    /// <summary>The experiments as a precomputed reference file carries them.</summary>
    public IReferenceStore Store => _results;

    /// <summary>How many experiments this cache has trained (not served from memory): for the bench and tests.</summary>
    public long Runs => _results.Runs;

    /// <summary>
    /// The coordinate check with the μP reference rates for every layer but those of the values' kind, which follow them.
    /// </summary>
    public CoordinateCheckResult Run(RateValues values, BehaviourSettings settings) =>
        _results.Get(
            [
                values.Kind.ToString(),
                string.Join(",", settings.Widths),
                settings.HiddenLayers.ToString(CultureInfo.InvariantCulture),
                string.Join(",", settings.Seeds),
                settings.BatchSize.ToString(CultureInfo.InvariantCulture),
                settings.BaseLearningRate.ToString("R", CultureInfo.InvariantCulture),
                values.Key,
            ],
            () => CoordinateCheck.Run(LearningRateRules.FromTable3(Parameterization.MaximalUpdate).With(values.Kind, values.Rule), settings.Experiment));
}
