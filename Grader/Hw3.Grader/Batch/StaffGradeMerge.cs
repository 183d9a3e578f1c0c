using System.Globalization;
using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Batch;

/// <summary>
/// <c>hw3 manual</c>: puts the scores and comments staff wrote into manual.csv into each student's report, through
/// the model (<see cref="GradescopeReader"/>, <see cref="StaffGrade"/>), then rewrites results.json, record.json and
/// grades.csv. Every row is checked before anything is written; one bad row and nothing is. Merging the same file
/// again changes nothing.
/// </summary>
public static class StaffGradeMerge
{
    public static StaffGradeMergePlan Plan(ReportStore store, Rubric rubric, IReadOnlyList<StaffGradeRow> rows, string sheetName)
    {
        var errors = new List<string>();
        var records = new Dictionary<string, StudentRecord>(StringComparer.Ordinal);
        foreach (var key in store.Keys())
        {
            if (store.ReadRecord(key) is not { } record)
            {
                errors.Add($"{key}/{StudentRecord.FileName}: cannot be read (run hw3 batch again to rewrite it)");
            }
            else if (record.Status != SubmissionStatus.GraderError && record.RubricSha256 != rubric.Sha256)
            {
                errors.Add($"{key}/{StudentRecord.FileName}: graded with another rubric than the one given (rubric SHA-256 {record.RubricSha256}); give that rubric with --rubric, or grade the class again");
            }
            else
            {
                records[key] = record;
            }
        }

        var reports = new Dictionary<string, GradeReport>(StringComparer.Ordinal);
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{sheetName} row {row.Row} ({row.Submission}, {row.Item})");
            if (row.Score.Length == 0)
            {
                if (row.Comment.Trim().Length > 0)
                {
                    errors.Add($"{at}: a comment without a score; give the score too (0 for none)");
                }

                continue;
            }

            if (seen.TryGetValue((row.Submission, row.Item), out var first))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: graded twice (also row {first}); keep one of the two rows"));
                continue;
            }

            seen[(row.Submission, row.Item)] = row.Row;
            if (!records.ContainsKey(row.Submission))
            {
                errors.Add($"{at}: unknown student: {store.Folder} has no graded submission \"{row.Submission}\"");
                continue;
            }

            if (!reports.TryGetValue(row.Submission, out var report))
            {
                var reading = store.ReadReportOrError(row.Submission);
                if (reading.Report is null)
                {
                    errors.Add($"{at}: {reading.Error}");
                    continue;
                }

                report = reading.Report;
            }

            var index = report.Items.ToList().FindIndex(i => i.Id == row.Item);
            if (index < 0 || !report.Items[index].IsForStaff)
            {
                var items = string.Join(", ", report.Items.Where(i => i.IsForStaff).Select(i => i.Id));
                errors.Add($"{at}: unknown item \"{row.Item}\": the items staff grade are {items}");
                continue;
            }

            var item = report.Items[index];
            if (!double.TryParse(row.Score, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score))
            {
                errors.Add($"{at}: score \"{row.Score}\" is not a number; expected a number like 1.5 (a point, not a comma)");
                continue;
            }

            if (score < 0 || score > item.ManualPoints)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: score {row.Score} is outside 0 to {item.ManualPoints}, the item's points"));
                continue;
            }

            if (row.AnswerSha256 != ManualAnswerText.Sha256(item.Answers))
            {
                errors.Add($"{at}: the answer changed since this manual.csv was written (answer_sha256 differs); write manual.csv again (hw3 batch) and grade this row anew");
                continue;
            }

            reports[row.Submission] = report with { Items = report.Items.Select((r, i) => i == index ? StaffGrade.Apply(r, score, row.Comment) : r).ToList() };
        }

        if (errors.Count > 0)
        {
            return new StaffGradeMergePlan([], [], [], errors);
        }

        var updates = new List<(GradeReport, StudentRecord)>();
        var changes = new List<string>();
        foreach (var (key, report) in reports.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var old = records[key];
            var updated = StudentRecord.From(report, key, old.StudentId, old.StudentName, old.Email, old.SubmissionPath) with { Seconds = old.Seconds };
            records[key] = updated;
            updates.Add((report, updated));
            if (old.Items.Select(Grade).SequenceEqual(updated.Items.Select(Grade)))
            {
                continue;
            }

            var graded = string.Join(", ", report.Items.Where(i => i.IsStaffGraded).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Id} {Points(i.Score)}/{Points(i.MaxScore)}")));
            changes.Add(string.Create(CultureInfo.InvariantCulture, $"{key}: {graded}; total {Points(old.Score)} / {Points(old.MaxScore)} -> {Points(updated.Score)} / {Points(updated.MaxScore)}"));
        }

        return new StaffGradeMergePlan(updates, records.Values.OrderBy(r => r.Key, StringComparer.Ordinal).ToList(), changes, []);
    }

    /// <summary>Writes a valid plan: each report and record, then grades.csv, each file atomically.</summary>
    public static async Task WriteAsync(ReportStore store, Rubric rubric, StaffGradeMergePlan plan, CancellationToken cancellationToken)
    {
        if (!plan.IsValid)
        {
            throw new InvalidOperationException("a plan with errors is never written");
        }

        foreach (var (report, record) in plan.Updates)
        {
            await store.WriteAsync(record.Key, report, record, cancellationToken).ConfigureAwait(false);
        }

        await AtomicFile.WriteAsync(Path.Combine(store.Folder, GradebookCsvExporter.FileName), new GradebookCsvExporter().Render(rubric, plan.Records), cancellationToken).ConfigureAwait(false);
    }

    private static (string, double, ItemStatus, string?) Grade(RecordItem item) => (item.Id, item.Score, item.Status, item.StaffComment);

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
