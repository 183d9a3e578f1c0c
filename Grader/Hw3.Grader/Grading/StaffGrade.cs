namespace Hw3.Grader.Grading;

/// <summary>A score and comment staff gave a free-text item by hand (<c>hw3 manual</c>), put into its result.</summary>
public static class StaffGrade
{
    /// <summary>
    /// The item graded by staff: <paramref name="score"/> of its <see cref="ItemResult.ManualPoints"/>, now counted in
    /// the totals, with the status that fraction earns. Applying the same grade again gives the same result.
    /// </summary>
    public static ItemResult Apply(ItemResult item, double score, string comment)
    {
        var points = item.ManualPoints;
        var fraction = points > 0 ? score / points : 1;
        return item with
        {
            Score = Math.Round(score, 4),
            MaxScore = points,
            Status = FractionStatus.Of(fraction),
            StaffComment = comment,
        };
    }
}
