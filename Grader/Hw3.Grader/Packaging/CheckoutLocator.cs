namespace Hw3.Grader.Packaging;

/// <summary>The checkout this grader was built from (packaging publishes its projects), found above the program's own folder.</summary>
public static class CheckoutLocator
{
    public const string Marker = "Hw3.sln";

    public static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, Marker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The configuration this program was built in (its output folder is artifacts/bin/hw3/&lt;config&gt;): the one to publish.</summary>
    public static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name.Equals("debug", StringComparison.OrdinalIgnoreCase) ? "Debug" : "Release";
}
