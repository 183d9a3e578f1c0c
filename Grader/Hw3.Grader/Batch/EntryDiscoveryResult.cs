using System.Diagnostics.CodeAnalysis;

namespace Hw3.Grader.Batch;

/// <summary>
/// What <see cref="EntryDiscovery"/> found: the entries to grade (<see cref="Found"/>) or why the folder cannot be graded
/// (<see cref="Refused"/>), read with <see cref="TryGet"/>; and, either way, a line for each thing a TA should know (a
/// zip not unpacked, a folder without C#, files that are no student).
/// </summary>
public abstract record EntryDiscoveryResult
{
    private EntryDiscoveryResult(IReadOnlyList<string> notes) => Notes = notes;

    public IReadOnlyList<string> Notes { get; }

    /// <summary>The entries, or (false) why the folder cannot be graded.</summary>
    public bool TryGet([NotNullWhen(true)] out IReadOnlyList<BatchEntry>? entries, [NotNullWhen(false)] out string? error)
    {
        entries = (this as Found)?.Entries;
        error = (this as Refused)?.Error;
        return entries is not null;
    }

    public sealed record Found(IReadOnlyList<BatchEntry> Entries, IReadOnlyList<string> Notes) : EntryDiscoveryResult(Notes);

    public sealed record Refused(string Error, IReadOnlyList<string> Notes) : EntryDiscoveryResult(Notes);
}
