namespace Hw3.Grader.Batch;

/// <summary>
/// One student's submission in a batch: where it is, and who it belongs to.
/// </summary>
/// <param name="Key">The name of its folder under the output folder (unique in the batch, stable across runs).</param>
/// <param name="Path">A folder, or a single .cs/.csx file.</param>
/// <param name="StudentId">From Gradescope's metadata (the SID, else the submission id); else the key.</param>
/// <param name="StudentName">From Gradescope's metadata (group members joined by "; "); else the key.</param>
/// <param name="Email">From Gradescope's metadata; else empty.</param>
public sealed record BatchEntry(string Key, string Path, string StudentId, string StudentName, string Email)
{
    /// <summary>Set when the entry cannot be graded as it is (a zip refused): its row is marked no-source with this message.</summary>
    public string? NoSourceReason { get; init; }

    /// <summary>
    /// A zip at the top of the class, or a folder that holds zips and no C#: unpacked before grading
    /// (<see cref="Zips.UnpackedSubmissions"/>), which points <see cref="Path"/> at the unpacked folder.
    /// </summary>
    public bool Zipped { get; init; }

    /// <summary>A Gradescope group's students, each with a gradebook row of their own; empty for one student.</summary>
    public IReadOnlyList<GroupMember> Members { get; init; } = [];
}
