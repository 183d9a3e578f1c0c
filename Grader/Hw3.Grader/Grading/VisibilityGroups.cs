using Hw3.Grader.Execution;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Grading;

/// <summary>
/// Splits a rubric's calls by who may see them: a submission can keep what a call received in static state and put it
/// into a later answer, and a hidden or after-due-date item's inputs must never come back in a visible item's answer or
/// failure message. Groups run in <see cref="Order"/>, the visible one first, on the submission's one runner, and each
/// group's answers are all back before the next group's first request is sent (SubmissionGrader): a later group may see
/// an earlier group's inputs (they are more visible), never the other way round. A call goes to the most visible group
/// among the items that need it (its inputs are shown there anyway).
/// </summary>
public static class VisibilityGroups
{
    /// <summary>Most visible first. An unknown visibility (the rubric loader refuses them) would sort last, with hidden.</summary>
    public static IReadOnlyList<string> Order { get; } =
        [Visibility.Visible, Visibility.AfterDueDate, Visibility.AfterPublished, Visibility.Hidden];

    public static IReadOnlyList<CallGroup> Of(IReadOnlyList<ICheck> checks)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        var calls = new List<(MemberCall Call, TimeSpan Timeout)>();
        foreach (var check in checks)
        {
            var itemRank = Rank(StudentVisibility.Of(check.Item));
            foreach (var call in check.PlanCalls())
            {
                if (rank.TryGetValue(call.Key, out var known))
                {
                    rank[call.Key] = Math.Min(known, itemRank);
                    continue;
                }

                rank[call.Key] = itemRank;
                calls.Add((call, check.Item.CallTimeout));
            }
        }

        return calls
            .GroupBy(c => rank[c.Call.Key])
            .OrderBy(g => g.Key)
            .Select(g => new CallGroup(Order[Math.Min(g.Key, Order.Count - 1)], g.ToList()))
            .ToList();
    }

    private static int Rank(string visibility)
    {
        for (var i = 0; i < Order.Count; i++)
        {
            if (Order[i] == visibility)
            {
                return i;
            }
        }

        return Order.Count - 1;
    }
}
