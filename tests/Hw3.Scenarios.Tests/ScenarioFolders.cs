namespace Hw3.Scenarios.Tests;

/// <summary>
/// Every scenario: a folder under Submissions/samples or Submissions/hostile holding a submission and its
/// expected report, <c>expected_results.json</c>. A new regression test is a new folder.
/// </summary>
public static class ScenarioFolders
{
    public const string ExpectedFileName = "expected_results.json";

    /// <summary>
    /// A file whose presence makes the harness compile the scenario with the language layer switched off
    /// (<c>CompileWorkerOptions.LanguageLayerOffForTests</c>) and set up the runtime attack's victims
    /// (<see cref="Hostile.RuntimeAttackSetup"/>): the attack then meets only the runtime layers. Its text says why;
    /// it is the harness's, not part of the submission.
    /// </summary>
    public const string LanguageLayerOffMarker = "language_layer_off";

    /// <summary>Whether the scenario (a path relative to the checkout, or absolute) runs with the language layer off.</summary>
    public static bool IsLanguageLayerOff(string scenario) =>
        File.Exists(Path.Combine(Repository.Root, scenario, LanguageLayerOffMarker));

    public static IEnumerable<object[]> All() =>
        new[] { "samples", "hostile" }
            .Select(group => Path.Combine(Repository.Root, "Submissions", group))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(folder => Path.GetRelativePath(Repository.Root, folder).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new object[] { relative });

    /// <summary>The scenarios under Submissions/samples (the hostile ones are <see cref="Hostile.HostileCases.All"/>).</summary>
    public static IEnumerable<object[]> Samples() =>
        All().Where(row => ((string)row[0]).StartsWith("Submissions/samples/", StringComparison.Ordinal));
}
