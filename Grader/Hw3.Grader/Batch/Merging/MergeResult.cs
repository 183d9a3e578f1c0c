namespace Hw3.Grader.Batch.Merging;

/// <summary>What a merge wrote, or every reason it refused (nothing is written then).</summary>
public sealed record MergeResult(BatchOutcome? Outcome, IReadOnlyList<string> Refusals)
{
    public static MergeResult Merged(BatchOutcome outcome) => new(outcome, []);

    public static MergeResult Refused(IReadOnlyList<string> refusals) => new(null, refusals);
}
