namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>Experiment (c): the same coordinate check under SP (one global Adam LR) and under μP's per-layer LRs.</summary>
public sealed record WidthScalingComparison(CoordinateCheckResult Standard, CoordinateCheckResult MaximalUpdate);
