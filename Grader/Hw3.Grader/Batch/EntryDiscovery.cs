namespace Hw3.Grader.Batch;

/// <summary>
/// Finds the submissions in a batch folder: every sub-folder and every .cs/.csx file is one student's
/// entry (hidden entries, bin/obj and the output folder are not). A Gradescope export (a
/// <c>submission_metadata.yml</c> beside <c>submission_&lt;id&gt;</c> folders) takes names, emails and ids
/// from the metadata. Entries come back in ordinal order of their key.
/// </summary>
public static class EntryDiscovery
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "__MACOSX"];

    public static (IReadOnlyList<BatchEntry>? Entries, string? Error) Discover(string folder, string? outputFolder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            return (null, $"{folder} is not a folder: give the folder that holds one sub-folder or .cs file per student");
        }

        var skip = outputFolder is null ? null : Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var metadataFile = Path.Combine(full, GradescopeMetadata.FileName);
        IReadOnlyDictionary<string, BatchEntry>? metadata = null;
        if (File.Exists(metadataFile))
        {
            var (read, error) = GradescopeMetadata.Read(metadataFile);
            if (read is null)
            {
                return (null, error);
            }

            metadata = read;
        }

        var candidates = new List<(string Name, string Path, bool IsFile)>();
        foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.') || entry.FullName.TrimEnd(Path.DirectorySeparatorChar) == skip)
            {
                continue;
            }

            if (entry is DirectoryInfo directory && !SkippedFolders.Contains(directory.Name, StringComparer.OrdinalIgnoreCase))
            {
                candidates.Add((directory.Name, directory.FullName, false));
            }
            else if (entry is FileInfo file && IsSource(file.Name))
            {
                candidates.Add((file.Name, file.FullName, true));
            }
        }

        var stems = candidates.GroupBy(c => Stem(c), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var entries = candidates
            .Select(c =>
            {
                var key = stems[Stem(c)] > 1 ? c.Name : Stem(c);
                if (metadata is not null && metadata.TryGetValue(c.Name, out var known))
                {
                    return known with { Key = key, Path = c.Path };
                }

                return new BatchEntry(key, c.Path, key, key, "");
            })
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        return (entries, null);
    }

    private static string Stem((string Name, string Path, bool IsFile) candidate) =>
        candidate.IsFile ? Path.GetFileNameWithoutExtension(candidate.Name) : candidate.Name;

    private static bool IsSource(string name) =>
        name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase);
}
