using Hw3.Grader.Grading;
using Hw3.Grader.Submissions;

namespace Hw3.Grader.Batch.Recovery;

/// <summary>
/// Fills the free-text answers of a record whose submission did not compile (every answer is then empty) with the
/// text <see cref="AnswerRecovery"/> reads from its source; an answer it cannot read stays empty, and manual.csv
/// says why (<see cref="DidNotCompile"/>). Only the record (manual.csv) gets them: the student's report is unchanged.
/// </summary>
public static class RecoveredAnswers
{
    /// <summary>What manual.csv shows for an answer that could not be read from a submission that did not compile.</summary>
    public const string DidNotCompile = "(could not be read: did not compile)";

    /// <summary>Put before an answer read from the source of a submission that did not compile, so staff know where it came from.</summary>
    public const string ReadFromSource = "(read from the source; it did not compile) ";

    public static StudentRecord Into(StudentRecord record, SubmissionSource source)
    {
        var wanted = record.Items.Where(i => i.IsManual).SelectMany(i => i.Answers).Where(a => a.Text is null).Select(a => a.Member).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return record;
        }

        var texts = AnswerRecovery.Recover(source, wanted);
        return texts.Count == 0 ? record : record with
        {
            Items = record.Items.Select(i => !i.IsManual ? i : i with
            {
                Answers = i.Answers.Select(a => a.Text is null && texts.TryGetValue(a.Member, out var text) ? new ManualAnswer(a.Member, ReadFromSource + text) : a).ToList(),
            }).ToList(),
        };
    }
}
