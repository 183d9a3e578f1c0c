namespace Hw3.Grader.References.Precomputed;

/// <summary>A file section parsed and ready to go into its store: <see cref="Apply"/> adds the entries the store lacks.</summary>
public sealed record StagedEntries(int Count, Action Apply);
