namespace Hw3.Grader.Batch;

/// <summary>The share of submissions with full marks on an item, and its mean score.</summary>
public sealed record ItemPassRate(string Id, double Points, double PassRate, double MeanScore);
