namespace Hw3.Scenarios.Tests;

/// <summary>Finds the checkout (the folder holding Hw3.sln) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

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

        throw new InvalidOperationException("cannot find Hw3.sln above " + AppContext.BaseDirectory);
    }
}
