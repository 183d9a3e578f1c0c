namespace Hw3.Grader.Protocol.Limits;

/// <summary>
/// How many compile diagnostics a submission's report lists: the one place these numbers live. The compile worker
/// keeps the first of each in file order; the grader's message says "50 or more errors" when the list is full.
/// </summary>
public static class DiagnosticLimits
{
    public const int MaxErrors = 50;
    public const int MaxWarnings = 20;
}
