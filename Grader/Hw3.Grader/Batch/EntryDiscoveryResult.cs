namespace Hw3.Grader.Batch;

/// <summary>
/// What <see cref="EntryDiscovery"/> found: the entries to grade, or why the folder cannot be graded; and, either
/// way, a line for each thing a TA should know (a zip not unpacked, a folder without C#, files that are no student).
/// </summary>
public sealed record EntryDiscoveryResult(IReadOnlyList<BatchEntry>? Entries, IReadOnlyList<string> Notes, string? Error)
{
    public static EntryDiscoveryResult Refused(string error, IReadOnlyList<string>? notes = null) => new(null, notes ?? [], error);

    public void Deconstruct(out IReadOnlyList<BatchEntry>? entries, out string? error)
    {
        entries = Entries;
        error = Error;
    }
}
