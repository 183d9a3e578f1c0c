using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Batch;

/// <summary>
/// What a batch says about the class: a score histogram, each item's pass rate, the most frequent known
/// mistakes, the submissions that did not compile or timed out, and the slowest ones. Computed from the
/// records alone, so a resumed batch reports the same as a clean one.
/// </summary>
/// <param name="Questions">Per question, the class's mean automatic score and the question's automatic points (staff grades left out, like the mean score).</param>
public sealed record ClassStatistics(
    int Submissions,
    double MaxScore,
    double MeanScore,
    double MedianScore,
    IReadOnlyList<HistogramBin> Histogram,
    IReadOnlyList<ItemPassRate> Items,
    IReadOnlyList<QuestionScore> Questions,
    IReadOnlyList<MistakeCount> Mistakes,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyList<string> CompileFailures,
    IReadOnlyList<string> TimedOut,
    IReadOnlyList<string> GraderErrors,
    IReadOnlyList<(string Key, double Seconds)> Slowest)
{
    public const int Bins = 10;
    public const int TopMistakes = 10;
    public const int TopSlowest = 5;

    public static ClassStatistics Compute(Rubric rubric, IReadOnlyList<StudentRecord> records)
    {
        var max = rubric.AutoPoints;
        var scores = records.Select(r => r.Score).Order().ToList();
        var histogram = Enumerable.Range(0, Bins).Select(b =>
        {
            var low = max * b / Bins;
            var high = max * (b + 1) / Bins;
            var count = scores.Count(s => s >= low && (s < high || (b == Bins - 1 && s <= high)));
            return new HistogramBin(Math.Round(low, 4), Math.Round(high, 4), count);
        }).ToList();

        var items = rubric.Items.Where(i => !i.IsManual).Select(item =>
        {
            var results = records.SelectMany(r => r.Items).Where(i => i.Id == item.Id).ToList();
            var passed = results.Count(i => i.Status == ItemStatus.Passed);
            return new ItemPassRate(
                item.Id,
                item.Points,
                results.Count == 0 ? 0 : Math.Round((double)passed / results.Count, 4),
                results.Count == 0 ? 0 : Math.Round(results.Average(i => i.Score), 4));
        }).ToList();

        var automaticMax = QuestionRollup.Of(rubric.Items.Select(i => (i.Id, 0.0, i.Points, !i.IsManual)));
        var questions = automaticMax.Select(q => new QuestionScore(
            q.Question,
            records.Count == 0 ? 0 : Math.Round(records.Average(r => QuestionRollup.Sum(r.Items
                .Where(i => !i.IsManual && i.StaffComment is null && QuestionRollup.QuestionOf(i.Id) == q.Question)
                .Select(i => i.Score))), 4),
            q.MaxScore)).ToList();

        var mistakes = records.SelectMany(r => r.Items.SelectMany(i => i.Mistakes.Distinct().Select(m => (Item: i.Id, Mistake: m))))
            .GroupBy(p => p)
            .Select(g => new MistakeCount(g.Key.Item, g.Key.Mistake, g.Count()))
            .OrderByDescending(m => m.Count).ThenBy(m => m.Item, StringComparer.Ordinal).ThenBy(m => m.Mistake, StringComparer.Ordinal)
            .Take(TopMistakes)
            .ToList();

        var statuses = records.GroupBy(r => StatusNames.Of(r.Status), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        return new ClassStatistics(
            records.Count,
            max,
            scores.Count == 0 ? 0 : Math.Round(scores.Average(), 4),
            scores.Count == 0 ? 0 : Math.Round(scores.Count % 2 == 1 ? scores[scores.Count / 2] : (scores[scores.Count / 2 - 1] + scores[scores.Count / 2]) / 2, 4),
            histogram,
            items,
            questions,
            mistakes,
            statuses,
            Keys(records, SubmissionStatus.CompileError, SubmissionStatus.CompilerFailed),
            Keys(records, SubmissionStatus.TimedOut),
            Keys(records, SubmissionStatus.GraderError),
            records.OrderByDescending(r => r.Seconds).ThenBy(r => r.Key, StringComparer.Ordinal).Take(TopSlowest).Select(r => (r.Key, r.Seconds)).ToList());
    }

    private static List<string> Keys(IReadOnlyList<StudentRecord> records, params SubmissionStatus[] statuses) =>
        records.Where(r => statuses.Contains(r.Status)).Select(r => r.Key).ToList();
}
