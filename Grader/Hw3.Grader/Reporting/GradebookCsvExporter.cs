using System.Globalization;
using Hw3.Grader.Batch;
using Hw3.Grader.Reporting.Csv;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Reporting;

/// <summary>
/// <c>grades.csv</c>: one row per student: id, name, email, submission, each automatic item's score, the automatic
/// total, the status. A group submission gives each of its students a row of their own (same submission, same
/// scores), so an LMS import finds every one of them.
/// </summary>
public sealed class GradebookCsvExporter
{
    public const string FileName = "grades.csv";

    public string Render(Rubric rubric, IReadOnlyList<StudentRecord> records)
    {
        var items = rubric.Items.Where(i => !i.IsManual).Select(i => i.Id).ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new SafeCsvWriter(text))
        {
            foreach (var header in new[] { "id", "name", "email", "submission" }.Concat(items).Concat(["total", "max", "status"]))
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var (record, member) in records.SelectMany(r => r.Members.Count > 0
                ? r.Members.Select(m => (r, m))
                : [(r, new GroupMember(r.StudentId, r.StudentName, r.Email))]))
            {
                csv.WriteField(member.Id);
                csv.WriteField(member.Name);
                csv.WriteField(member.Email);
                csv.WriteField(record.Key);
                var scores = record.Items.ToDictionary(i => i.Id, i => i.Score, StringComparer.Ordinal);
                foreach (var item in items)
                {
                    csv.WriteField(scores.TryGetValue(item, out var score) ? SafeCsvWriter.Number(score) : "");
                }

                csv.WriteField(SafeCsvWriter.Number(record.Score));
                csv.WriteField(SafeCsvWriter.Number(rubric.AutoPoints));
                csv.WriteField(record.Status);
                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
