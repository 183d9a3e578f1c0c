using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Grading;

/// <summary>
/// Everything known about one graded submission: the domain model every exporter (Gradescope JSON,
/// terminal, CSV) renders. Holds no machine paths and, but for <see cref="ExecutionTime"/>, nothing that
/// differs between two runs on the same input.
/// </summary>
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
    string Summary,
    IReadOnlyList<string> Notes,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    IReadOnlyList<ItemResult> Items,
    string StudentOutput,
    long StudentOutputDroppedBytes,
    TimeSpan ExecutionTime)
{
    public double Score => Math.Round(Items.Where(i => !i.IsManual).Sum(i => i.Score), 4);

    public double MaxScore => Math.Round(Items.Where(i => !i.IsManual).Sum(i => i.MaxScore), 4);

    /// <summary>Points that staff award by hand, not part of <see cref="MaxScore"/>.</summary>
    public double ManualPoints => Items.Where(i => i.IsManual).Sum(i => i.ManualPoints);
}
