namespace Hw3.Grader.Rubrics;

/// <summary>
/// When a student may see an item's outcome: the rubric's visibility, except that a guessable item (<see cref="Guessing"/>)
/// never reveals anything before the due date, whatever the rubric says (the rubric loader warns about it). Every
/// exporter, <c>hw3 check</c> and the runner groups read visibility from here, so the rule lives in one place.
/// </summary>
public static class StudentVisibility
{
    /// <summary>The visibility the item's results carry (Gradescope's word): a visible guessable item becomes <c>after_due_date</c>.</summary>
    public static string Of(RubricItem item) =>
        item.Visibility == Visibility.Visible && Guessing.IsGuessable(item) ? Visibility.AfterDueDate : item.Visibility;

    /// <summary>Whether a student checking before the due date is told this item's outcome.</summary>
    public static bool BeforeDueDate(RubricItem item) => Visibility.IsVisibleBeforeDeadline(Of(item));

    /// <summary>The rubric loader's warning for an item the rubric makes visible although it can be guessed; null when there is none.</summary>
    public static string? Warning(RubricItem item) =>
        item.Visibility == Visibility.Visible && Guessing.PossibleAnswers(item) is { } count
            ? $"{item.Id}: each of its members has only {count} possible answers, so saying right or wrong before the due date " +
              $"would let students guess until it passes; it reveals nothing until after the due date (write \"visibility\": \"{Visibility.AfterDueDate}\" to say so)"
            : null;
}
