namespace Hw3.Grader.Rubrics;

/// <summary>A rubric that loaded, or every problem that kept it from loading.</summary>
public sealed record RubricLoadResult(Rubric? Rubric, IReadOnlyList<RubricError> Errors, string FileName)
{
    public bool Success => Rubric is not null && Errors.Count == 0;

    /// <summary>What loads but is probably not what the author meant (a guessable item made visible: <see cref="StudentVisibility.Warning"/>).</summary>
    public IReadOnlyList<RubricError> Warnings { get; init; } = [];

    /// <summary>Each warning on a line of its own, naming the file; empty when there is none.</summary>
    public IEnumerable<string> DescribeWarnings() =>
        Warnings.Select(w => $"warning: {FileName} {w}");

    /// <summary>All problems, one per line, for the terminal.</summary>
    public string Describe() =>
        $"The rubric {FileName} cannot be used:" + Environment.NewLine +
        string.Join(Environment.NewLine, Errors.Select(e => "  - " + e));
}
