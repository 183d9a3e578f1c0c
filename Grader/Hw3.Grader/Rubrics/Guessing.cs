namespace Hw3.Grader.Rubrics;

/// <summary>
/// Which items a student could pass by guessing: an item whose members each have only a few possible answers (a bool,
/// a choice of three) and that said right or wrong before the due date would be an oracle, since a check takes seconds
/// and a student can flip the answer until it turns green. The one place "few" is decided.
/// </summary>
public static class Guessing
{
    /// <summary>
    /// At most this many possible answers per member is "few": trying them all takes a student minutes with <c>check</c>
    /// (a few seconds a try). Ten covers booleans and any short multiple choice; numbers and text are never counted.
    /// </summary>
    public const int FewAnswers = 10;

    /// <summary>The number of possible answers per member when it is few (<see cref="FewAnswers"/>), else null.</summary>
    public static int? PossibleAnswers(RubricItem item) =>
        item.Kind.PossibleAnswers(item.Settings) is { } count && count <= FewAnswers ? count : null;

    public static bool IsGuessable(RubricItem item) => PossibleAnswers(item) is not null;
}
