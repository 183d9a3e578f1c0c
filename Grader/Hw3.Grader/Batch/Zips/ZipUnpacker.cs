using System.IO.Compression;

namespace Hw3.Grader.Batch.Zips;

/// <summary>
/// Unpacks one zipped submission into a fresh folder the grader owns, or refuses it whole with a reason naming the
/// entry. Refused: a name that climbs out (<see cref="ZipEntryName"/>), a symbolic link or any entry that is not a
/// plain file or folder, more than <see cref="ZipLimits.MaxEntries"/> entries, more than
/// <see cref="ZipLimits.MaxUnpackedBytes"/> unpacked (counted while writing, whatever the entry declares), an entry
/// compressed more than <see cref="ZipLimits.MaxCompressionRatio"/> to one, an encrypted or damaged zip. Nested zips
/// are left packed (listed, never opened); macOS resource forks (<c>__MACOSX/</c>, <c>._*</c>) are dropped, since
/// <c>._Hw3.cs</c> would otherwise be compiled as C#. Files are created new (never overwritten) under folders this
/// class creates, and no link is ever made, so nothing written can land outside <c>into</c>.
/// </summary>
public static class ZipUnpacker
{
    // Unix file type bits in the high half of an entry's external attributes (zip "version made by" Unix).
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;
    private const int SymbolicLink = 0xA000;

    public static ZipUnpackResult Unpack(string zipPath, string into)
    {
        var zipName = Path.GetFileName(zipPath);
        try
        {
            var size = new FileInfo(zipPath).Length;
            if (size > ZipLimits.MaxZipBytes)
            {
                return ZipUnpackResult.Refused($"{zipName} is {Megabytes(size)} MB; a zipped submission may be at most {ZipLimits.MaxZipBytes / (1024 * 1024)} MB");
            }

            using var archive = ZipFile.OpenRead(zipPath);
            if (archive.Entries.Count > ZipLimits.MaxEntries)
            {
                return ZipUnpackResult.Refused($"{zipName} holds {archive.Entries.Count} entries; a zipped submission may hold at most {ZipLimits.MaxEntries}");
            }

            // Every entry is checked before the first is written; a zip refused while writing (it lied about a size)
            // leaves a partial folder that the caller deletes.
            var plan = new List<(ZipArchiveEntry Entry, IReadOnlyList<string> Parts, bool IsFolder)>();
            var nested = new List<string>();
            foreach (var entry in archive.Entries)
            {
                var (parts, problem) = ZipEntryName.Check(entry.FullName);
                if (parts is null)
                {
                    return ZipUnpackResult.Refused($"{zipName}: the entry '{entry.FullName}' {problem}");
                }

                var type = (entry.ExternalAttributes >> 16) & TypeMask;
                var isFolder = entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\') || type == Directory;
                if (type == SymbolicLink)
                {
                    return ZipUnpackResult.Refused($"{zipName}: the entry '{entry.FullName}' is a symbolic link; links are not unpacked");
                }

                if (type != 0 && type != RegularFile && type != Directory)
                {
                    return ZipUnpackResult.Refused($"{zipName}: the entry '{entry.FullName}' is not a plain file or folder");
                }

                if (entry.IsEncrypted)
                {
                    return ZipUnpackResult.Refused($"{zipName}: the entry '{entry.FullName}' is encrypted; zip it without a password");
                }

                if (entry.Length >= ZipLimits.RatioCheckedFromBytes && entry.Length > entry.CompressedLength * ZipLimits.MaxCompressionRatio)
                {
                    return ZipUnpackResult.Refused($"{zipName}: the entry '{entry.FullName}' unpacks to more than {ZipLimits.MaxCompressionRatio} times its packed size (a zip bomb, not source code)");
                }

                if (parts.Any(p => p.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase)) || parts[^1].StartsWith("._", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!isFolder && EntryDiscovery.IsZip(parts[^1]))
                {
                    nested.Add(string.Join('/', parts));
                    continue;
                }

                plan.Add((entry, parts, isFolder));
            }

            var declared = plan.Where(p => !p.IsFolder).Sum(p => Math.Max(0, p.Entry.Length));
            if (declared > ZipLimits.MaxUnpackedBytes)
            {
                return ZipUnpackResult.Refused($"{zipName} unpacks to {Megabytes(declared)} MB; a zipped submission may unpack to at most {ZipLimits.MaxUnpackedBytes / (1024 * 1024)} MB");
            }

            return Write(zipName, plan, into) ?? new ZipUnpackResult(null, nested);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ZipUnpackResult.Refused($"{zipName} cannot be unpacked: it is not a zip archive or it is damaged ({e.GetType().Name})");
        }
    }

    /// <summary>Rounded up, so a size just over a limit never reads as the limit itself.</summary>
    private static long Megabytes(long bytes) => (bytes + (1024 * 1024) - 1) / (1024 * 1024);

    private static ZipUnpackResult? Write(string zipName, List<(ZipArchiveEntry Entry, IReadOnlyList<string> Parts, bool IsFolder)> plan, string into)
    {
        System.IO.Directory.CreateDirectory(into);
        var written = 0L;
        var buffer = new byte[81920];
        foreach (var (entry, parts, isFolder) in plan)
        {
            var target = Path.Combine([into, .. parts]);
            if (isFolder)
            {
                System.IO.Directory.CreateDirectory(target);
                continue;
            }

            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target) || System.IO.Directory.Exists(target))
            {
                return ZipUnpackResult.Refused($"{zipName}: the entry '{entry.FullName}' appears twice");
            }

            // The declared sizes were checked above, but a zip can lie about them: the bytes are counted as they come.
            var entryLimit = Math.Max(ZipLimits.RatioCheckedFromBytes, entry.CompressedLength * ZipLimits.MaxCompressionRatio);
            var entryWritten = 0L;
            using var input = entry.Open();
            using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                written += read;
                entryWritten += read;
                if (entryWritten > entryLimit)
                {
                    return ZipUnpackResult.Refused($"{zipName}: the entry '{entry.FullName}' unpacks to more than {ZipLimits.MaxCompressionRatio} times its packed size (a zip bomb, not source code)");
                }

                if (written > ZipLimits.MaxUnpackedBytes)
                {
                    return ZipUnpackResult.Refused($"{zipName}: the entry '{entry.FullName}' unpacks past {ZipLimits.MaxUnpackedBytes / (1024 * 1024)} MB in all, more than its zip declares (a zip bomb)");
                }

                output.Write(buffer, 0, read);
            }
        }

        return null;
    }
}
