namespace Hw3.Grader.Tests.Rubrics;

/// <summary>Files of the checkout these tests run from: the nearest folder above the test binaries that holds Hw3.sln.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The real rubric, <c>rubrics/hw3.json</c>.</summary>
    public static string Rubric => Path.Combine(Root, "rubrics", "hw3.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hw3.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds Hw3.sln");
    }
}
