using Hw3.Grader.Checks;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Grading;

/// <summary>
/// A rubric made ready to grade many submissions: its checks built once (they cache their references),
/// and every distinct call the rubric needs, in rubric order.
/// </summary>
public sealed class GradingSession
{
    public GradingSession(Rubric rubric, CheckContext context)
    {
        Rubric = rubric;
        Checks = rubric.Items.Select(item => CheckFactory.Create(item, context)).ToList();
        Calls = Checks
            .SelectMany(check => check.PlanCalls().Select(call => (Call: call, check.Item.CallTimeout)))
            .DistinctBy(c => c.Call.Key)
            .ToList();
    }

    public Rubric Rubric { get; }

    public IReadOnlyList<ICheck> Checks { get; }

    public IReadOnlyList<(Hw3.Grader.Execution.MemberCall Call, TimeSpan Timeout)> Calls { get; }
}
