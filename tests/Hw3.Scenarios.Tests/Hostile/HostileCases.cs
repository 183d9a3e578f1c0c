namespace Hw3.Scenarios.Tests.Hostile;

/// <summary>Every folder of the hostile corpus (Submissions/hostile), by its path relative to the checkout.</summary>
public static class HostileCases
{
    /// <summary>Grading one hostile case, compile worker warm, may take at most this long: one call timeout (5 s), a runner restart and slack for a loaded 2-core machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    /// <summary>
    /// The grader (this test process) may never have used more memory than this: a million-number answer once took it
    /// to 2.5 GB. The peak is the process's, over every test run before, so this bounds them all.
    /// </summary>
    public const long GraderPeakBytes = 1536L * 1024 * 1024;

    public static IEnumerable<object[]> All() =>
        ScenarioFolders.All().Where(row => ((string)row[0]).StartsWith("Submissions/hostile/", StringComparison.Ordinal));
}
