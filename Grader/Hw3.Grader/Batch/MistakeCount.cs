namespace Hw3.Grader.Batch;

/// <summary>How many submissions made a known mistake on an item.</summary>
public sealed record MistakeCount(string Item, string Mistake, int Count);
