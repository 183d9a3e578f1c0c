namespace Hw3.Grader.Batch;

/// <summary>Submissions whose automatic total is in [Low, High) (the last bin includes High).</summary>
public sealed record HistogramBin(double Low, double High, int Count);
