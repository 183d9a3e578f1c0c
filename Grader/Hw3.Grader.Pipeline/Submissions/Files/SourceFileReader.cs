using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace Hw3.Grader.Submissions.Files;

/// <summary>
/// Reads one file of a submission, trusting nothing about it: only a regular file is read (a named pipe would
/// block the grader forever, a device such as /dev/zero would never end, a link could point anywhere), its kind is
/// checked without following links and without blocking, and never more than the cap plus one byte is read, so a
/// file that grows while it is read is still refused.
/// </summary>
internal static class SourceFileReader
{
    public static FileRead Read(string path, long maxBytes) =>
        LinuxFileStatus.IsAvailable ? ReadOnLinux(path, maxBytes) : ReadPortably(path, maxBytes);

    private static FileRead ReadOnLinux(string path, long maxBytes)
    {
        // Decided before opening: a device is never even opened (opening some has effects of its own).
        if (LinuxFileStatus.OfPath(path, out var error) is not { } entry)
        {
            return FileRead.Refused($"cannot be read (error {error.ToString(CultureInfo.InvariantCulture)})");
        }

        if (NotRegular(entry.Kind) is { } kind)
        {
            return kind;
        }

        if (entry.Size > maxBytes)
        {
            return TooLarge(entry.Size, maxBytes);
        }

        using var handle = LinuxFileStatus.OpenForReading(path, out error);
        if (handle is null)
        {
            // ELOOP: swapped for a link between the two looks.
            return error == 40 ? Refused(FileKind.SymbolicLink) : FileRead.Refused($"cannot be read (error {error.ToString(CultureInfo.InvariantCulture)})");
        }

        // And decided again on what was opened, in case the entry was swapped after the first look.
        if (LinuxFileStatus.OfHandle(handle, out error) is not { } opened)
        {
            return FileRead.Refused($"cannot be read (error {error.ToString(CultureInfo.InvariantCulture)})");
        }

        return NotRegular(opened.Kind) ?? ReadCapped(handle, maxBytes);
    }

    /// <summary>Where statx is missing: links and devices as .NET reports them, then a capped read.</summary>
    private static FileRead ReadPortably(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return Refused(FileKind.SymbolicLink);
        }

        if (info.Attributes.HasFlag(FileAttributes.Device))
        {
            return Refused(FileKind.CharacterDevice);
        }

        if (info.Length > maxBytes)
        {
            return TooLarge(info.Length, maxBytes);
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return ReadCapped(handle, maxBytes);
    }

    private static FileRead? NotRegular(FileKind kind) => kind == FileKind.Regular ? null : Refused(kind);

    private static FileRead Refused(FileKind kind) => kind == FileKind.SymbolicLink
        ? FileRead.Refused("is a symbolic link; links are not followed, so it was not graded")
        : FileRead.Refused($"is {FileKindWords.Of(kind)}, not a regular file, so it was not read (expected a regular .cs or .csx file)");

    private static FileRead TooLarge(long size, long maxBytes) =>
        FileRead.Refused($"is {Megabytes(size)}; a source file over {Megabytes(maxBytes)} is not read");

    private static FileRead ReadCapped(SafeFileHandle handle, long maxBytes)
    {
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes + 1 - memory.Length))) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > maxBytes)
            {
                return FileRead.Refused($"grew past {Megabytes(maxBytes)} while it was read, so it was not read");
            }
        }

        return FileRead.Of(memory.ToArray());
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
