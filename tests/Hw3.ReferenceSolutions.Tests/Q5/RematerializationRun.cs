namespace Hw3.ReferenceSolutions.Tests.Q5;

/// <summary>
/// What one executed backward pass did. <see cref="OpLog"/> lists the backward pass in order:
/// "loadmem L5", "fwd L6", "fwd L7", "grad L7", … (L0 is the input; "grad" marks the step that uses
/// the activation and is not an op that is counted).
/// </summary>
public sealed record RematerializationRun(
    int Layers,
    int CheckpointEvery,
    int ForwardOps,
    int LoadMemOps,
    int LoadDiskOpsWithoutRematerialization,
    IReadOnlyList<int> CheckpointLayers,
    int PeakActivations,
    int CapacityActivations,
    IReadOnlyList<string> OpLog)
{
    /// <summary>The loaddisk time at which storing everything on disk costs the same backward-pass time.</summary>
    public double BreakEvenLoadDiskNs(double fwdNs, double loadMemNs) =>
        (fwdNs * ForwardOps + loadMemNs * LoadMemOps) / LoadDiskOpsWithoutRematerialization;
}
