namespace Hw3.TestSupport;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds Hw3.sln.</summary>
public static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The real rubric, <c>rubrics/hw3.json</c>.</summary>
    public static string Rubric => PathOf("rubrics", "hw3.json");

    /// <summary>A path inside the checkout, e.g. <c>PathOf("Submissions", "samples")</c>.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

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
