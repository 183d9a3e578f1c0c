using System.Collections.Concurrent;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Grading;

/// <summary>
/// A rubric made ready to grade many submissions: its checks built once (they cache their references),
/// and every distinct call the rubric needs, in rubric order.
/// </summary>
public sealed class GradingSession
{
    private readonly Lazy<Task> _references;

    /// <param name="createCheck">The check for each item (Checks/Kinds/CheckKinds.cs); built here, once per rubric.</param>
    public GradingSession(Rubric rubric, Func<RubricItem, ICheck> createCheck)
    {
        _references = new Lazy<Task>(() => Task.Run(ComputeReferences));
        Rubric = rubric;
        Checks = rubric.Items.Select(createCheck).ToList();
        Calls = Checks
            .SelectMany(check => check.PlanCalls().Select(call => (Call: call, check.Item.CallTimeout)))
            .DistinctBy(c => c.Call.Key)
            .ToList();
        CallGroups = VisibilityGroups.Of(Checks);
    }

    public Rubric Rubric { get; }

    public IReadOnlyList<ICheck> Checks { get; }

    public IReadOnlyList<(Hw3.Grader.Execution.MemberCall Call, TimeSpan Timeout)> Calls { get; }

    /// <summary>The same calls split by visibility (<see cref="VisibilityGroups"/>): each group runs once the groups before it are answered.</summary>
    public IReadOnlyList<CallGroup> CallGroups { get; }

    /// <summary>
    /// Starts computing every check's references in the background, on every core, once (later calls return the
    /// same task). Otherwise the first submission's scoring computes them, on one core, after its compile worker and
    /// runner have started; started first, they are computed while those start (Q2's reference experiments take
    /// seconds). Never fails: a reference that cannot be computed fails again where scoring asks for it, and is
    /// reported there.
    /// </summary>
    public Task StartComputingReferences() => _references.Value;

    private void ComputeReferences()
    {
        try
        {
            // One check at a time to each core: the expensive ones (Q2's experiments, Q4's expectations) run side by side.
            Parallel.ForEach(Partitioner.Create(Checks, EnumerablePartitionerOptions.NoBuffering), check => check.ComputeReferences());
        }
        catch (AggregateException)
        {
            // See the summary: scoring meets the same failure and reports it.
        }
    }
}
