namespace Hw3.Grader.Checks.Kinds.Statistical;

/// <summary>An estimator's verdict, and the largest |t| among the components tested before it (all of them when it passed).</summary>
public sealed record EstimatorJudgement(TargetVerdict Verdict, double LargestAbsT);
