using System.IO.Compression;

namespace Hw3.Grader.StudentKit;

/// <summary>
/// Zips a staged kit folder: entries in ordinal order under one top folder, one fixed timestamp (the same kit gives the
/// same entries), and the Unix launcher marked executable so <c>./check</c> runs straight after unzipping.
/// </summary>
public static class KitArchive
{
    private static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>rwxr-xr-x for executables, rw-r--r-- otherwise, as a regular file (S_IFREG), in the upper 16 bits.</summary>
    private const int Executable = (0x8000 | 0b111_101_101) << 16;
    private const int Regular = (0x8000 | 0b110_100_100) << 16;

    public static void Write(string stagedFolder, string zipPath, string topFolder, IReadOnlySet<string> executables)
    {
        var temporary = zipPath + ".partial";
        using (var stream = File.Create(temporary))
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            var files = Directory.GetFiles(stagedFolder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(stagedFolder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);
            foreach (var relative in files)
            {
                var entry = archive.CreateEntry(topFolder + "/" + relative, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                entry.ExternalAttributes = executables.Contains(relative) ? Executable : Regular;
                using var target = entry.Open();
                using var source = File.OpenRead(Path.Combine(stagedFolder, relative));
                source.CopyTo(target);
            }
        }

        File.Move(temporary, zipPath, overwrite: true);
    }
}
