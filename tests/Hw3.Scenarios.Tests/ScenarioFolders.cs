namespace Hw3.Scenarios.Tests;

/// <summary>
/// Every scenario: a folder under Submissions/samples or Submissions/hostile holding a submission and its
/// expected report, <c>expected_results.json</c>. A new regression test is a new folder.
/// </summary>
public static class ScenarioFolders
{
    public const string ExpectedFileName = "expected_results.json";

    public static IEnumerable<object[]> All() =>
        new[] { "samples", "hostile" }
            .Select(group => Path.Combine(RepositoryPaths.Root, "Submissions", group))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(folder => Path.GetRelativePath(RepositoryPaths.Root, folder).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new object[] { relative });
}
