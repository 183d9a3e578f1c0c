namespace Hw3.Grader.Rubrics;

/// <summary>One problem in a rubric file: where (a JSON path such as <c>$.items[3].points</c>, and the line when known) and what was expected.</summary>
public sealed record RubricError(string Path, int? Line, string Message)
{
    public override string ToString() =>
        Line is { } line ? $"{Path} (line {line.ToString(System.Globalization.CultureInfo.InvariantCulture)}): {Message}" : $"{Path}: {Message}";
}
