namespace Hw3.Grader.Batch;

/// <summary>What a batch did: a record per submission (in entry order), and how many it graded and skipped.</summary>
/// <param name="Changes">For <c>--only</c>: every student whose automatic total changed.</param>
public sealed record BatchOutcome(
    IReadOnlyList<StudentRecord> Records,
    int Graded,
    int Skipped,
    IReadOnlyList<ScoreChange> Changes,
    TimeSpan Elapsed);
