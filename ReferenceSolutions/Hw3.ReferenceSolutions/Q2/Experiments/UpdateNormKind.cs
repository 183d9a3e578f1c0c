using Hw3.ReferenceSolutions.Q2.Measurement;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>The three candidate norms of ΔW in experiment (b), by their answer names.</summary>
public static class UpdateNormKind
{
    public const string Frobenius = "frobenius";
    public const string Spectral = "spectral";
    public const string RmsToRms = "rms-to-rms";

    public static IReadOnlyList<string> All { get; } = [Frobenius, Spectral, RmsToRms];

    public static double Select(UpdateNorms norms, string kind) => kind switch
    {
        Frobenius => norms.Frobenius,
        Spectral => norms.Spectral,
        RmsToRms => norms.RmsToRms,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown norm"),
    };
}
