namespace Hw3.Scenarios.Tests.Hostile;

/// <summary>Every folder of the hostile corpus (Submissions/hostile), by its path relative to the checkout.</summary>
public static class HostileCases
{
    /// <summary>Grading one hostile case, compile worker warm, may take at most this long: one call timeout (5 s), a runner restart and slack for a loaded 2-core machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    public static IEnumerable<object[]> All() =>
        ScenarioFolders.All().Where(row => ((string)row[0]).StartsWith("Submissions/hostile/", StringComparison.Ordinal));
}
