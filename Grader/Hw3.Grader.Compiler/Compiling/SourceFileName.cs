namespace Hw3.Grader.Compiler.Compiling;

/// <summary>
/// The name a student file is known by in syntax trees and diagnostics: relative, forward slashes, and
/// never a path of some machine (a rooted or escaping name is cut to its last segment).
/// </summary>
public static class SourceFileName
{
    public static string Normalize(string name)
    {
        var normalized = (name ?? "").Replace('\\', '/').Trim();
        var segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var escapes = segments.Any(segment => segment is ".." or "." || segment.Contains(':', StringComparison.Ordinal));
        if (normalized.StartsWith('/') || escapes)
        {
            normalized = segments.Length == 0 ? "" : segments[^1];
        }

        return normalized.Length == 0 ? "unnamed.cs" : normalized;
    }

    public static bool IsRegular(string name) => name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

    public static bool IsScript(string name) => name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase);
}
