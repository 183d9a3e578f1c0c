using System.Globalization;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting.Csv;
using Hw3.Grader.Reporting;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Batch.Exports;

/// <summary>
/// <c>grades.csv</c>: one row per student: id, name, email, submission, each item's score (a free-text item's stays
/// empty until staff graded it with <c>hw3 manual</c>), each question's points and max, the total, its max, the status.
/// A group submission gives each of its students a row of their own (same submission, same scores), so an LMS import
/// finds every one of them.
/// </summary>
public sealed class GradebookCsvExporter
{
    public const string FileName = "grades.csv";

    public string Render(Rubric rubric, IReadOnlyList<StudentRecord> records)
    {
        var items = rubric.Items.Select(i => i.Id).ToList();
        var questions = QuestionRollup.Of(rubric.Items.Select(i => (i.Id, 0.0, 0.0, true))).Select(q => q.Question).ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new SafeCsvWriter(text))
        {
            var headers = new[] { "id", "name", "email", "submission" }
                .Concat(items)
                .Concat(questions.SelectMany(q => new[] { q, q + " max" }))
                .Concat(["total", "max", "status"]);
            foreach (var header in headers)
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
                var scores = record.Items.Where(i => i.IsCounted).ToDictionary(i => i.Id, i => i.Score, StringComparer.Ordinal);
                foreach (var item in items)
                {
                    csv.WriteField(scores.TryGetValue(item, out var score) ? SafeCsvWriter.Number(score) : "");
                }

                var rollup = record.Questions.ToDictionary(q => q.Question, StringComparer.Ordinal);
                foreach (var question in questions)
                {
                    var found = rollup.GetValueOrDefault(question);
                    csv.WriteField(found is null ? "" : SafeCsvWriter.Number(found.Score));
                    csv.WriteField(found is null ? "" : SafeCsvWriter.Number(found.MaxScore));
                }

                csv.WriteField(SafeCsvWriter.Number(record.Score));
                csv.WriteField(SafeCsvWriter.Number(record.MaxScore));
                csv.WriteField(StatusNames.Of(record.Status));
                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
