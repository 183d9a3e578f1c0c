using System.Diagnostics.CodeAnalysis;

namespace Hw3.Grader.Rubrics;

/// <summary>
/// A rubric that loaded (<see cref="Loaded"/>) or every problem that kept it from loading (<see cref="Refused"/>), never
/// both. Like every loader's result in the grader, it is a closed pair of records read with <see cref="TryGet"/>, so a
/// caller never dereferences a property that only one of the two cases sets.
/// </summary>
public abstract record RubricLoadResult
{
    private RubricLoadResult(IReadOnlyList<RubricError> errors, string fileName)
    {
        Errors = errors;
        FileName = fileName;
    }

    /// <summary>Every problem found, in the order the file holds them; none when the rubric loaded.</summary>
    public IReadOnlyList<RubricError> Errors { get; }

    public string FileName { get; }

    public bool Success => this is Loaded;

    /// <summary>The rubric, or (false) every problem, one per line, for the terminal.</summary>
    public bool TryGet([NotNullWhen(true)] out Rubric? rubric, [NotNullWhen(false)] out string? problems)
    {
        rubric = (this as Loaded)?.Rubric;
        problems = rubric is null ? Describe() : null;
        return rubric is not null;
    }

    /// <summary>What loads but is probably not what the author meant (a guessable item made visible: <see cref="StudentVisibility.Warning"/>).</summary>
    public IReadOnlyList<RubricError> Warnings { get; init; } = [];

    /// <summary>Each warning on a line of its own, naming the file; empty when there is none.</summary>
    public IEnumerable<string> DescribeWarnings() =>
        Warnings.Select(w => $"warning: {FileName} {w}");

    /// <summary>All problems, one per line, for the terminal.</summary>
    public string Describe() =>
        $"The rubric {FileName} cannot be used:" + Environment.NewLine +
        string.Join(Environment.NewLine, Errors.Select(e => "  - " + e));

    public sealed record Loaded(Rubric Rubric, string FileName) : RubricLoadResult([], FileName);

    public sealed record Refused(IReadOnlyList<RubricError> Errors, string FileName) : RubricLoadResult(Errors, FileName);
}
