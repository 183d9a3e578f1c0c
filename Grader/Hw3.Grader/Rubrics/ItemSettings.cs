namespace Hw3.Grader.Rubrics;

/// <summary>The settings only some check kinds read; the loader checks that each kind has what it needs.</summary>
/// <param name="Axes">grid, scaling: the parameter grid (cartesian product over the axes a member takes).</param>
/// <param name="Generator">grid: "gaussian" fills Q4 arguments (f, x, μ, ε, …) from the axes function, k, sigma.</param>
/// <param name="FitAxes">scaling: the (large) sizes on which log-log exponents are fitted.</param>
/// <param name="ConstantIsFree">scaling: only the exponents matter (a Θ(·) answer).</param>
/// <param name="ExponentTolerance">scaling: how far a fitted exponent may be from the reference's.</param>
/// <param name="PartialCredit">scaling: the fraction of points for right exponents with a wrong constant.</param>
/// <param name="Choices">choice: canonical choice → accepted spellings.</param>
/// <param name="Cases">statistical: the settings to test estimators on.</param>
/// <param name="Samples">statistical: samples per estimator call.</param>
/// <param name="Replicates">statistical: independent seeded calls per case.</param>
/// <param name="FalseFailProbability">statistical: the chance a correct estimator fails the item (Bonferroni over every component tested).</param>
/// <param name="SpreadFloor">statistical: the bias test's standard error is at least this fraction of a correct estimator's.</param>
/// <param name="SpreadCeiling">statistical: the largest ratio of the calls' variance to a correct estimator's that is still judged on its bias; above it the estimator fails as too noisy (its error bar would hide any bias).</param>
/// <param name="NumericFloor">statistical: and at least this fraction of |∇F(μ)| (rounding, not bias).</param>
/// <param name="DetectBias">statistical: the relative bias the item must catch (the power table's target)…</param>
/// <param name="DetectProbability">statistical: …with at least this probability per submission.</param>
/// <param name="PartialForms">scaling: mistake formulas that earn the partial credit (right growth, constant wrong in a way the key allows).</param>
/// <param name="Behaviour">behaviour: the coordinate check the student's learning rates drive (Checks/Behaviour/).</param>
/// <param name="ShowExpected">grid: show the expected value in feedback (off by default: feedback never gives answers away).</param>
public sealed record ItemSettings(
    IReadOnlyList<Axis> Axes,
    string? Generator,
    IReadOnlyList<Axis> FitAxes,
    bool ConstantIsFree,
    double ExponentTolerance,
    double PartialCredit,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Choices,
    IReadOnlyList<StatisticalCase> Cases,
    int Samples,
    int Replicates,
    double FalseFailProbability,
    bool ShowExpected,
    double SpreadFloor = 0,
    double NumericFloor = 0,
    double DetectBias = 0,
    double DetectProbability = 0,
    IReadOnlyList<string>? PartialForms = null,
    double SpreadCeiling = double.PositiveInfinity,
    Checks.Behaviour.BehaviourSettings? Behaviour = null);
