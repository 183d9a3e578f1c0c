namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// The default-configuration runs behind the Q2 and Q3 reference answers, each computed at most once
/// per process, on first use, thread-safely.
/// </summary>
public static class ReferenceExperimentCache
{
    private static readonly Lazy<NormComparisonResult> LazyNormComparison =
        new(() => MupExperiments.NormComparison(OneStepConfig.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<LearningRateSweepResult> LazyLearningRateSweep =
        new(() => MupExperiments.LearningRateSweep(LearningRateSweepConfig.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Experiments (a) and (b) share one run: the layerwise data carry the ΔW norms too.</summary>
    public static NormComparisonResult NormComparison => LazyNormComparison.Value;

    public static LayerwiseActivationChange Layerwise => NormComparison.Layerwise;

    public static LearningRateSweepResult LearningRateSweep => LazyLearningRateSweep.Value;
}
