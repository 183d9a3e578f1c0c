namespace Hw3.Grader.Cli;

/// <summary>
/// Finds the default rubric, <c>rubrics/hw3.json</c>: relative to the current directory first, then to the
/// checkout the program was built in (so <c>./hw3</c> works from any directory).
/// </summary>
public static class RubricLocator
{
    public const string DefaultRelativePath = "rubrics/hw3.json";

    public static string Resolve(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        if (File.Exists(DefaultRelativePath))
        {
            return DefaultRelativePath;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, DefaultRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return DefaultRelativePath;
    }
}
