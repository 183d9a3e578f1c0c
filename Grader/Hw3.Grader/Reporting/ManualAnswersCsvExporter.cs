using System.Globalization;
using Hw3.Grader.Batch;
using Hw3.Grader.Reporting.Csv;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Reporting;

/// <summary>
/// <c>manual.csv</c>: the free-text answers staff grade by hand, one row per student and manual item
/// (an item with several members gets each answer under its member's name).
/// </summary>
public sealed class ManualAnswersCsvExporter
{
    public const string FileName = "manual.csv";

    /// <param name="records">Enumerated once, one record at a time.</param>
    public string Render(Rubric rubric, IEnumerable<StudentRecord> records)
    {
        var manual = rubric.Items.Where(i => i.IsManual).ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new SafeCsvWriter(text))
        {
            foreach (var header in new[] { "id", "name", "submission", "item", "points", "answer" })
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var record in records)
            {
                foreach (var item in manual)
                {
                    var answers = record.Items.FirstOrDefault(i => i.Id == item.Id)?.Answers ?? [];
                    csv.WriteField(record.StudentId);
                    csv.WriteField(record.StudentName);
                    csv.WriteField(record.Key);
                    csv.WriteField(item.Id);
                    csv.WriteField(SafeCsvWriter.Number(item.Points));
                    csv.WriteField(Answer(answers, record.StatusValue == SubmissionStatus.CompileError));
                    csv.NextRecord();
                }
            }
        }

        return text.ToString();
    }

    /// <param name="didNotCompile">An answer missing from a submission that did not compile is marked as such (one that
    /// could be read from its source was filled in by <see cref="Batch.Recovery.RecoveredAnswers"/>).</param>
    private static string Answer(IReadOnlyList<Grading.ManualAnswer> answers, bool didNotCompile)
    {
        string Text(Grading.ManualAnswer answer) => answer.Text ?? (didNotCompile ? Batch.Recovery.RecoveredAnswers.DidNotCompile : "");
        return answers.Count switch
        {
            0 => didNotCompile ? Batch.Recovery.RecoveredAnswers.DidNotCompile : "",
            1 => Text(answers[0]),
            _ => string.Join("\n\n", answers.Select(a => a.Member + ": " + Text(a))),
        };
    }
}
