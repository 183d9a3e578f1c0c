using System.Globalization;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting.Csv;
using Hw3.Grader.Reporting;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Batch.Exports;

/// <summary>
/// <c>manual.csv</c>: the free-text answers staff grade by hand, one row per student and manual item (an item with
/// several members gets each answer under its member's name), with a <c>score</c> and a <c>comment</c> column for
/// staff to fill in and <c>hw3 manual</c> to merge back. A row staff already graded shows that grade, so a file
/// written again keeps it. <c>answer_sha256</c> (<see cref="ManualAnswerText"/>) lets the merge refuse a score for
/// an answer that changed since.
/// </summary>
public sealed class ManualAnswersCsvExporter
{
    public const string FileName = "manual.csv";

    /// <summary>The columns, in order; <see cref="Batch.StaffGradeSheet"/> reads the file back by these names.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "name", "submission", "item", "points", "answer", AnswerSha256Column, ScoreColumn, CommentColumn];

    public const string SubmissionColumn = "submission";
    public const string ItemColumn = "item";
    public const string AnswerSha256Column = "answer_sha256";
    public const string ScoreColumn = "score";
    public const string CommentColumn = "comment";

    /// <param name="records">Enumerated once, one record at a time.</param>
    public string Render(Rubric rubric, IEnumerable<StudentRecord> records)
    {
        var manual = rubric.Items.Where(i => i.IsManual).ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new SafeCsvWriter(text))
        {
            foreach (var header in Columns)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var record in records)
            {
                foreach (var item in manual)
                {
                    var result = record.Items.FirstOrDefault(i => i.Id == item.Id);
                    var answers = result?.Answers ?? [];
                    csv.WriteField(record.StudentId);
                    csv.WriteField(record.StudentName);
                    csv.WriteField(record.Key);
                    csv.WriteField(item.Id);
                    csv.WriteField(SafeCsvWriter.Number(item.Points));
                    var didNotCompile = record.Status == SubmissionStatus.CompileError;
                    csv.WriteField(Answer(answers, didNotCompile));
                    // The hash is of the answers as the student's report holds them: a submission that did not compile
                    // has none there (what was read from its source is only in record.json), and hw3 manual compares with the report.
                    csv.WriteField(ManualAnswerText.Sha256(didNotCompile ? answers.Select(a => a with { Text = null }).ToList() : answers));
                    var graded = result?.StaffComment is not null;
                    csv.WriteField(graded ? SafeCsvWriter.Number(result!.Score) : "");
                    csv.WriteField(graded ? result!.StaffComment : "");
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
