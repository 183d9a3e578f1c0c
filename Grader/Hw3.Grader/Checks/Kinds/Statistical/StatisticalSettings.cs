using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Statistical;

/// <summary>What a statistical item reads beside the common fields.</summary>
/// <param name="Cases">The settings to test estimators on.</param>
/// <param name="Samples">Samples per estimator call.</param>
/// <param name="Replicates">Independent seeded calls per case.</param>
/// <param name="FalseFailProbability">The chance a correct estimator fails the item (Bonferroni over every component tested).</param>
/// <param name="SpreadFloor">The bias test's standard error is at least this fraction of a correct estimator's…</param>
/// <param name="NumericFloor">…and at least this fraction of |∇F(μ)| (rounding, not bias).</param>
/// <param name="DetectBias">The relative bias the item must catch (the power table's target)…</param>
/// <param name="DetectProbability">…with at least this probability per submission.</param>
/// <param name="SpreadCeiling">The largest ratio of the calls' variance to a correct estimator's that is still judged on its bias; above it the estimator fails as too noisy (its error bar would hide any bias).</param>
public sealed record StatisticalSettings(
    IReadOnlyList<StatisticalCase> Cases,
    int Samples,
    int Replicates,
    double FalseFailProbability,
    double SpreadFloor,
    double NumericFloor,
    double DetectBias,
    double DetectProbability,
    double SpreadCeiling) : KindSettings;
