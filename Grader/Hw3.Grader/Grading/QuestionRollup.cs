using System.Globalization;

namespace Hw3.Grader.Grading;

/// <summary>
/// The per-question roll-up (Q1 … Q6) of a grade, and the totals: the one place where item points are added up.
/// </summary>
public static class QuestionRollup
{
    /// <summary>Items whose id does not name a question (none in hw3.json) are added up under this name, last.</summary>
    public const string Other = "other";

    /// <summary>
    /// The question an item belongs to, from its frozen id: <c>q1a.rms</c> → Q1, <c>q4.estimators</c> → Q4, <c>q6</c> → Q6
    /// (rubric ids start with the question's number; scripts and regrade requests use them).
    /// </summary>
    public static string QuestionOf(string itemId)
    {
        var digits = itemId.Length > 1 && itemId[0] is 'q' or 'Q' ? itemId[1..].TakeWhile(char.IsAsciiDigit).Count() : 0;
        return digits == 0 ? Other : "Q" + itemId.Substring(1, digits);
    }

    /// <summary>Every question the items name, in question order, with the points of its counted items.</summary>
    public static IReadOnlyList<QuestionScore> Of(IEnumerable<(string Id, double Score, double MaxScore, bool Counted)> items) =>
        items.GroupBy(i => QuestionOf(i.Id), StringComparer.Ordinal)
            .OrderBy(g => Number(g.Key))
            .Select(g => new QuestionScore(g.Key, Sum(g.Where(i => i.Counted).Select(i => i.Score)), Sum(g.Where(i => i.Counted).Select(i => i.MaxScore))))
            .ToList();

    /// <summary>A total as every report states it: rounded to four decimals, so sums of fractions compare equal.</summary>
    public static double Sum(IEnumerable<double> points) => Math.Round(points.Sum(), 4);

    private static int Number(string question) =>
        question == Other ? int.MaxValue : int.Parse(question[1..], NumberStyles.None, CultureInfo.InvariantCulture);
}
