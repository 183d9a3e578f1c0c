using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Scaling;

/// <summary>What a scaling item reads beside the common fields.</summary>
/// <param name="Axes">Where values are compared (cartesian product over the axes a member takes).</param>
/// <param name="FitAxes">The (large) sizes on which log-log exponents are fitted.</param>
/// <param name="ConstantIsFree">Only the exponents matter (a Θ(·) answer): <c>"constant": "free"</c>.</param>
/// <param name="ExponentTolerance">How far a fitted exponent may be from the reference's.</param>
/// <param name="PartialCredit">The fraction of points for right exponents with a wrong constant.</param>
/// <param name="PartialForms">Mistake formulas that earn the partial credit (right growth, constant wrong in a way the key allows).</param>
/// <param name="ShowExpected">Show the expected value in feedback (off by default: feedback never gives answers away).</param>
public sealed record ScalingSettings(
    IReadOnlyList<Axis> Axes,
    IReadOnlyList<Axis> FitAxes,
    bool ConstantIsFree,
    double ExponentTolerance,
    double PartialCredit,
    IReadOnlyList<string> PartialForms,
    bool ShowExpected) : KindSettings;
