namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>The checkout this test runs from: the nearest folder above the test binaries that holds Hw3.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Directory => Root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Directory, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hw3.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds Hw3.sln");
    }
}
