using Hw3.Grader.Grading;

namespace Hw3.Grader.Batch;

/// <summary>
/// Finds the submissions in a batch folder: every sub-folder and every .cs/.csx file is one student's
/// entry (hidden entries, bin/obj and the output folder are not). A Gradescope export (a
/// <c>submission_metadata.yml</c> beside <c>submission_&lt;id&gt;</c> folders) takes names, emails and ids
/// from the metadata. Entries come back in ordinal order of their key.
/// A zip at the top, or a folder holding zips and no C#, is a zipped student (unpacked before grading by
/// <see cref="Zips.UnpackedSubmissions"/>); a folder that holds no C# nor zip, and top-level files that are no
/// student, get a line each. A folder with no submission
/// at all, or one level too high (its folders each hold a folder per student), is refused.
/// </summary>
public static class EntryDiscovery
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "__MACOSX"];

    public static EntryDiscoveryResult Discover(string folder, string? outputFolder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            return new EntryDiscoveryResult.Refused($"{folder} is not a folder: give the folder that holds one sub-folder or .cs file per student", []);
        }

        var skip = outputFolder is null ? null : Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var metadataFile = Path.Combine(full, GradescopeMetadata.FileName);
        IReadOnlyDictionary<string, BatchEntry>? metadata = null;
        if (File.Exists(metadataFile))
        {
            var (read, error) = GradescopeMetadata.Read(metadataFile);
            if (error is not null)
            {
                return new EntryDiscoveryResult.Refused(error, []);
            }

            metadata = read;
        }

        var candidates = new List<(string Name, string Path, bool IsFile)>();
        var notes = new List<string>();
        var notStudents = new List<string>();
        var classes = new List<string>();
        var folders = 0;
        var submissions = 0;
        var zipped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.') || entry.FullName.TrimEnd(Path.DirectorySeparatorChar) == skip
                || entry.Name == GradescopeMetadata.FileName)
            {
                continue;
            }

            if (entry is DirectoryInfo directory && !SkippedFolders.Contains(directory.Name, StringComparer.OrdinalIgnoreCase))
            {
                candidates.Add((directory.Name, directory.FullName, false));
                folders++;
                var contents = FolderContents.Of(directory.FullName);
                if (contents.HasSource)
                {
                    submissions++;
                }
                else if (contents.Zips.Count > 0 && !contents.LooksLikeAClass)
                {
                    zipped.Add(directory.FullName);
                    submissions++;
                }

                if (contents.LooksLikeAClass)
                {
                    classes.Add(directory.Name);
                }
                else if (!contents.HasSource && contents.Zips.Count == 0)
                {
                    notes.Add(contents.OtherFiles.Count > 0
                            ? $"{directory.Name} holds no .cs or .csx file ({Listed(contents.OtherFiles)}): its row is marked {StatusNames.Of(SubmissionStatus.NoSource)}"
                            : $"{directory.Name} is an empty folder: its row is marked {StatusNames.Of(SubmissionStatus.NoSource)}");
                }
            }
            else if (entry is FileInfo file && IsSource(file.Name))
            {
                candidates.Add((file.Name, file.FullName, true));
                submissions++;
            }
            else if (entry is FileInfo zip && IsZip(zip.Name))
            {
                candidates.Add((zip.Name, zip.FullName, true));
                zipped.Add(zip.FullName);
                submissions++;
            }
            else if (entry is FileInfo)
            {
                notStudents.Add(entry.Name);
            }
        }

        if (notStudents.Count > 0)
        {
            notes.Add($"not a submission, left out: {Listed(notStudents)} (a student is a folder, a .cs or .csx file, or a .zip)");
        }

        // Half the folders or more look like classes: the TA gave the folder above the class (a lone such folder,
        // as when an export is unzipped into a folder of its own, counts too). One student who keeps sources in
        // src/ and tests/ looks like a class as well, so one such folder among others is graded as a student.
        if (classes.Count * 2 >= folders && (classes.Count >= 2 || folders == 1) && classes.Count > 0)
        {
            return new EntryDiscoveryResult.Refused(
                $"{folder} looks one level too high: {Listed(classes)} each hold several folders of C# files, as a class does, not one student's submission; "
                + $"give the folder that holds one sub-folder or .cs file per student, e.g. ./hw3 batch {Path.Combine(folder, classes[0])}", []);
        }

        if (submissions == 0)
        {
            return new EntryDiscoveryResult.Refused(
                $"found no submission in {folder}: expected one sub-folder, .cs/.csx file or .zip per student",
                notes);
        }

        var stems = candidates.GroupBy(c => Stem(c), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var entries = candidates
            .Select(c =>
            {
                var key = stems[Stem(c)] > 1 ? c.Name : Stem(c);
                var isZipped = zipped.Contains(c.Path);
                if (metadata is not null && metadata.TryGetValue(c.Name, out var known))
                {
                    return known with { Key = key, Path = c.Path, Zipped = isZipped };
                }

                return new BatchEntry(key, c.Path, key, key, "") { Zipped = isZipped };
            })
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        return new EntryDiscoveryResult.Found(entries, notes);
    }

    /// <summary>At most a few names, then how many more: a line, not a listing.</summary>
    internal static string Listed(IReadOnlyList<string> names) =>
        names.Count <= 5 ? string.Join(", ", names) : string.Join(", ", names.Take(5)) + $" and {names.Count - 5} more";

    private static string Stem((string Name, string Path, bool IsFile) candidate) =>
        candidate.IsFile ? Path.GetFileNameWithoutExtension(candidate.Name) : candidate.Name;

    internal static bool IsSource(string name) =>
        name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase);

    internal static bool IsZip(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
}
