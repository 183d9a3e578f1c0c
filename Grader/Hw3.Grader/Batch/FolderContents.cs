namespace Hw3.Grader.Batch;

/// <summary>
/// What a student's folder holds, looked at by name only (nothing is opened): whether it has C# sources, at its top
/// or deeper, which of its sub-folders hold them, and its zip archives. Decides before grading whether a folder is a
/// submission, a zip still to unpack, or a whole class given one level too high.
/// </summary>
public sealed record FolderContents(bool SourceAtTop, IReadOnlyList<string> SourceFolders, IReadOnlyList<string> Zips, IReadOnlyList<string> OtherFiles)
{
    /// <summary>A folder is looked at this far (files and folders): enough for any submission, bounded for a hostile one.</summary>
    public const int MaxEntries = 10_000;

    public bool HasSource => SourceAtTop || SourceFolders.Count > 0;

    /// <summary>No source of its own, but two or more sub-folders with sources: a folder of students, not a student.</summary>
    public bool LooksLikeAClass => !SourceAtTop && SourceFolders.Count >= 2;

    public static FolderContents Of(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint, // links are never followed, as when the submission is read
        };
        var sourceAtTop = false;
        var sourceFolders = new SortedSet<string>(StringComparer.Ordinal);
        var zips = new SortedSet<string>(StringComparer.Ordinal);
        var others = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", options).Take(MaxEntries))
            {
                var relative = Path.GetRelativePath(folder, file.FullName);
                var top = relative.Split(Path.DirectorySeparatorChar)[0];
                if (EntryDiscovery.IsSource(file.Name))
                {
                    if (top == relative)
                    {
                        sourceAtTop = true;
                    }
                    else
                    {
                        sourceFolders.Add(top);
                    }
                }
                else if (EntryDiscovery.IsZip(file.Name))
                {
                    zips.Add(relative);
                }
                else
                {
                    others.Add(relative);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: grading it will say so, in that student's row.
        }

        return new FolderContents(sourceAtTop, sourceFolders.ToList(), zips.ToList(), others.ToList());
    }
}
