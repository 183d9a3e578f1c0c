using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Grading;

/// <summary>
/// Everything known about one graded submission: the one source of truth every exporter (Gradescope JSON,
/// terminal, CSV) renders and the batch reads. Holds no machine paths and, but for <see cref="ExecutionTime"/>,
/// nothing that differs between two runs on the same input. A written results.json reads back into it
/// (<c>Reporting.GradescopeReader</c>), so a regrade or a staff grade merges here and is rendered again.
/// </summary>
/// <param name="Status">How the submission came through, decided once by <see cref="SubmissionGrader"/>.</param>
/// <param name="Summary">One sentence: what happened to the submission as a whole.</param>
/// <param name="Notes">Plain-words notes: ignored files, unreadable files, runner incidents.</param>
/// <param name="StudentOutput">What the student's code printed (capped), for staff only.</param>
public sealed record GradeReport(
    string SubmissionName,
    string SubmissionSha256,
    string RubricTitle,
    string RubricSha256,
    string GraderVersion,
    int Seed,
    SubmissionStatus Status,
    string Summary,
    IReadOnlyList<string> Notes,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    IReadOnlyList<ItemResult> Items,
    string StudentOutput,
    long StudentOutputDroppedBytes,
    TimeSpan ExecutionTime)
{
    /// <summary>The points of every counted item: automatic ones, and free-text ones once staff graded them.</summary>
    public double Score => QuestionRollup.Sum(Items.Where(i => i.IsCounted).Select(i => i.Score));

    public double MaxScore => QuestionRollup.Sum(Items.Where(i => i.IsCounted).Select(i => i.MaxScore));

    /// <summary>Points that staff still have to award by hand, not part of <see cref="MaxScore"/>.</summary>
    public double ManualPoints => QuestionRollup.Sum(Items.Where(i => i.IsManual).Select(i => i.ManualPoints));

    /// <summary>Whether staff have graded any free-text item (the totals then include their points).</summary>
    public bool HasStaffGrades => Items.Any(i => i.IsStaffGraded);

    public IReadOnlyList<QuestionScore> Questions => QuestionRollup.Of(Items.Select(i => (i.Id, i.Score, i.MaxScore, i.IsCounted)));
}
