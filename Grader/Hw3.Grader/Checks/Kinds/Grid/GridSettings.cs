using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Grid;

/// <summary>What a grid item reads beside the common fields.</summary>
/// <param name="Axes">The parameter grid (cartesian product over the axes a member takes).</param>
/// <param name="Generator">The name of an input generator of InputGeneratorCatalog (e.g. "gaussian", Q4's inputs), or null for the axes' cartesian product.</param>
/// <param name="ShowExpected">Show the expected value in feedback (off by default: feedback never gives answers away).</param>
public sealed record GridSettings(IReadOnlyList<Axis> Axes, string? Generator, bool ShowExpected) : KindSettings;
