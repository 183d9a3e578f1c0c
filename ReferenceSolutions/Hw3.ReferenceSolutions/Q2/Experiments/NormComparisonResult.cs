namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>Experiment (b): which norm of ΔW tracks the activation change best across layers.</summary>
public sealed record NormComparisonResult(LayerwiseActivationChange Layerwise, IReadOnlyList<NormCorrelation> Correlations)
{
    /// <summary>The norm with the highest correlation: "frobenius", "spectral" or "rms-to-rms".</summary>
    public string NormThatTracksFeatureChange => Correlations.MaxBy(c => c.PearsonOfLogs)!.Norm;

    public double CorrelationOf(string norm) => Correlations.Single(c => c.Norm == norm).PearsonOfLogs;
}
