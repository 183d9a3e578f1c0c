namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>Pearson correlation, across layers, between log ‖ΔW‖ (in one norm) and log activation change.</summary>
public sealed record NormCorrelation(string Norm, double PearsonOfLogs);
