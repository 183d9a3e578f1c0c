using Hw3.Grader.Grading;

namespace Hw3.Grader.Batch.Zips;

/// <summary>
/// The zipped submissions of a batch, unpacked into one temporary folder the grader creates (readable by its own
/// user only) and deletes when the batch is done. A zipped entry comes back pointing at its unpacked folder, or,
/// when its zip is refused, marked no-source with the reason; each refusal and each nested zip left packed gets a
/// line for the TA, naming the zip and the entry.
/// </summary>
public sealed class UnpackedSubmissions : IDisposable
{
    private string? _folder;

    /// <summary>The temporary folder, once a zip was unpacked into it.</summary>
    public string? Folder => _folder;

    public (IReadOnlyList<BatchEntry> Entries, IReadOnlyList<string> Notes) Unpack(IReadOnlyList<BatchEntry> entries)
    {
        var notes = new List<string>();
        var unpacked = new List<string>();
        var result = new List<BatchEntry>(entries.Count);
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            if (!entry.Zipped)
            {
                result.Add(entry);
                continue;
            }

            // <temporary>/<n>/<key>: the submission keeps its key as its name; n keeps two keys apart whatever they are.
            var target = Path.Combine(Root(), index.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Key);
            var refusal = UnpackEntry(entry, target, notes, unpacked);
            if (refusal is null)
            {
                result.Add(entry with { Path = target });
                continue;
            }

            TryDelete(Path.Combine(Root(), index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            notes.Add($"{refusal}: not unpacked (its row is marked {StatusNames.Of(SubmissionStatus.NoSource)})");
            result.Add(entry with { NoSourceReason = "the zipped submission was not unpacked: " + refusal });
        }

        if (unpacked.Count > 0)
        {
            notes.Insert(0, $"unpacked {unpacked.Count} zipped submission{(unpacked.Count == 1 ? "" : "s")} ({EntryDiscovery.Listed(unpacked)}) into a temporary folder that is deleted after grading");
        }

        return (result, notes);
    }

    /// <summary>Unpacks the entry's zip (a zip at the top of the class) or zips (a student folder that holds only zips); null when every one was unpacked.</summary>
    private static string? UnpackEntry(BatchEntry entry, string target, List<string> notes, List<string> unpacked)
    {
        var isFile = File.Exists(entry.Path);
        var zips = isFile ? [Path.GetFileName(entry.Path)] : FolderContents.Of(entry.Path).Zips;
        var prefix = isFile ? "" : Path.GetFileName(entry.Path) + "/";
        foreach (var zip in zips)
        {
            var source = isFile ? entry.Path : Path.Combine(entry.Path, zip);
            // Several zips in one folder each get a folder of their own, so equal names inside them do not collide.
            var into = zips.Count == 1 ? target : Path.Combine(target, Path.GetFileNameWithoutExtension(zip));
            var outcome = ZipUnpacker.Unpack(source, into);
            if (outcome.Refusal is not null)
            {
                return prefix + outcome.Refusal;
            }

            if (outcome.NestedZipsLeftPacked.Count > 0)
            {
                notes.Add($"{prefix}{zip} holds {EntryDiscovery.Listed(outcome.NestedZipsLeftPacked)}: a zip inside a zip is not unpacked");
            }

            unpacked.Add(prefix + zip);
        }

        return null;
    }

    private string Root()
    {
        if (_folder is null)
        {
            var folder = Path.Combine(Path.GetTempPath(), "hw3-unzipped-" + Guid.NewGuid().ToString("N"));
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            _folder = folder;
        }

        return _folder;
    }

    public void Dispose()
    {
        if (_folder is not null)
        {
            TryDelete(_folder);
        }
    }

    /// <summary>
    /// A recursive delete is safe here: only this grader process writes below the folder (runners get assembly bytes,
    /// never these files), and unpacking makes no links.
    /// </summary>
    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder costs disk, not a grade.
        }
    }
}
