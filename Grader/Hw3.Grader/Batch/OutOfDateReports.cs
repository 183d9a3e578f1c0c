using System.Globalization;
using Hw3.Grader.Grading;

namespace Hw3.Grader.Batch;

/// <summary>
/// Says once, before grading, that an earlier run's reports no longer stand because the rubric or the grader changed
/// since: a rerun would otherwise regrade the whole class without a word, where a TA may have meant <c>--only</c>.
/// </summary>
public static class OutOfDateReports
{
    /// <summary>The line to print, or null when no earlier report is out of date for that reason.</summary>
    public static string? Describe(ReportStore store, IReadOnlyList<BatchEntry> entries, string rubricSha256, string graderVersion)
    {
        var earlier = entries.Select(e => store.ReadRecord(e.Key)).OfType<StudentRecord>()
            .Where(r => r.Status != SubmissionStatus.GraderError && r.RubricSha256.Length > 0)
            .ToList();
        var otherRubric = earlier.Where(r => r.RubricSha256 != rubricSha256).ToList();
        var otherGrader = earlier.Count(r => r.RubricSha256 == rubricSha256 && r.GraderVersion != graderVersion);
        if (otherRubric.Count > 0)
        {
            var was = string.Join(", ", otherRubric.Select(r => Short(r.RubricSha256)).Distinct().Order(StringComparer.Ordinal));
            return string.Create(CultureInfo.InvariantCulture,
                $"the rubric changed since the last run: {Share(otherRubric.Count, earlier.Count)} in {store.Folder} were graded with rubric {was}, this is rubric {Short(rubricSha256)}, so they will be regraded; to regrade only the items you changed, stop and run with --only ITEM");
        }

        return otherGrader > 0
            ? string.Create(CultureInfo.InvariantCulture,
                $"the grader changed since the last run: {Share(otherGrader, earlier.Count)} in {store.Folder} were graded by another version, this is {graderVersion}, so they will be regraded")
            : null;
    }

    private static string Share(int count, int of) =>
        count == of
            ? string.Create(CultureInfo.InvariantCulture, $"all {of} report{(of == 1 ? "" : "s")}")
            : string.Create(CultureInfo.InvariantCulture, $"{count} of {of} reports");

    private static string Short(string sha256) => sha256[..Math.Min(12, sha256.Length)];
}
