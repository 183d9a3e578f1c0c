namespace Hw3.Grader.Batch;

/// <summary>One submission finished (graded, regraded or skipped as current).</summary>
public sealed record BatchProgress(int Done, int Total, string Key, bool Skipped);
