namespace Hw3.Grader.Grading;

/// <summary>
/// <c>--only</c> on the model: a report of some items regraded goes into the report written before, in place of
/// the old items; every other item keeps what it had. The totals follow from the items (<see cref="GradeReport.Score"/>).
/// </summary>
public static class ReportMerge
{
    /// <param name="existing">The report written before (read back from its results.json).</param>
    /// <param name="regraded">The report of the rubric restricted to the regraded items, on the same submission.</param>
    public static GradeReport Merge(GradeReport existing, GradeReport regraded)
    {
        var byId = regraded.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var items = existing.Items.Select(i => byId.GetValueOrDefault(i.Id) ?? i).ToList();
        items.AddRange(regraded.Items.Where(r => existing.Items.All(i => i.Id != r.Id)));
        return existing with
        {
            RubricTitle = regraded.RubricTitle,
            RubricSha256 = regraded.RubricSha256,
            GraderVersion = regraded.GraderVersion,
            Seed = regraded.Seed,
            // A regrade that ran cleanly does not hide what happened to the other items (a timeout, a crash).
            Status = regraded.Status == SubmissionStatus.Graded ? existing.Status : regraded.Status,
            Notes = existing.Notes.Concat(regraded.Notes).Distinct(StringComparer.Ordinal).ToList(),
            Items = items,
        };
    }
}
