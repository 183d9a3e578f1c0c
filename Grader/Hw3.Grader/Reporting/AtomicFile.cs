using System.Text;

namespace Hw3.Grader.Reporting;

/// <summary>Writes a file so that a reader sees the old content or the new, never half of it: temporary file, flush, rename.</summary>
public static class AtomicFile
{
    private const string TemporarySuffix = ".tmp";

    /// <summary>Whether a file name is one of the temporary files this class writes (<c>&lt;name&gt;.&lt;32 hex digits&gt;.tmp</c>).</summary>
    public static bool IsTemporary(string fileName)
    {
        if (!fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal))
        {
            return false;
        }

        var stem = fileName[..^TemporarySuffix.Length];
        var dot = stem.LastIndexOf('.');
        return dot > 0 && stem.Length - dot - 1 == 32 && stem[(dot + 1)..].All(char.IsAsciiHexDigitLower);
    }

    public static Task WriteAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, new UTF8Encoding(false).GetBytes(text), cancellationToken);

    /// <summary>Bytes as they are (a picture: coordcheck.png, the figures).</summary>
    public static async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + TemporarySuffix;
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
