namespace Hw3.Grader.Rubrics;

/// <summary>
/// A known wrong answer: when a student's values match <see cref="Formula"/> (a name in the mistake
/// catalog) the report shows <see cref="Message"/>, one sentence that names the mistake without giving the answer away.
/// </summary>
public sealed record RubricMistake(string Id, string Formula, string Message);
