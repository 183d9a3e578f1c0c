using System.Diagnostics.CodeAnalysis;

namespace Hw3.Grader.References.Precomputed;

/// <summary>
/// A precomputed reference file taken (<see cref="Used"/>: its entries are in the stores), or why it was not
/// (<see cref="Refused"/>: nothing of it was taken, and the references are computed as if there were no file).
/// </summary>
public abstract record ReferenceFileLoad
{
    private ReferenceFileLoad()
    {
    }

    /// <summary>How many entries went into the stores, or (false) why the file was not used.</summary>
    public bool TryGet(out int entries, [NotNullWhen(false)] out string? reason)
    {
        entries = (this as Used)?.Entries ?? 0;
        reason = (this as Refused)?.Reason;
        return this is Used;
    }

    public sealed record Used(int Entries) : ReferenceFileLoad;

    public sealed record Refused(string Reason) : ReferenceFileLoad;
}
