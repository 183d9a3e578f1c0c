namespace Hw3.Grader.Batch.Zips;

/// <summary>
/// Checks the name of one zip entry before anything is written for it: a name is a path relative to the folder the
/// zip unpacks into, so an absolute name, a drive, or a <c>..</c> part (a "zip slip") would write outside it.
/// Backslashes count as separators, as Windows zip tools write them.
/// </summary>
public static class ZipEntryName
{
    /// <summary>The parts of a safe relative name (empty and <c>.</c> parts dropped), or why the name is refused.</summary>
    public static (IReadOnlyList<string>? Parts, string? Problem) Check(string name)
    {
        if (name.Length == 0)
        {
            return (null, "has an empty name");
        }

        if (name[0] is '/' or '\\' || (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])))
        {
            return (null, "has an absolute name, which would unpack outside the submission's folder");
        }

        if (name.Contains('\0', StringComparison.Ordinal))
        {
            return (null, "has a NUL character in its name");
        }

        var parts = name.Split('/', '\\').Where(p => p.Length > 0 && p != ".").ToList();
        if (parts.Any(p => p == ".."))
        {
            return (null, "has '..' in its name, which would unpack outside the submission's folder");
        }

        return parts.Count == 0 ? (null, "has an empty name") : (parts, null);
    }
}
