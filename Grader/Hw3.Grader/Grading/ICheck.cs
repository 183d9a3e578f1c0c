using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Grading;

/// <summary>
/// One kind of rubric check. It first says which calls into student code it needs (so the grader can
/// make them all in one runner session), then scores what came back. Scoring happens in the grader,
/// against references computed here; nothing the runner says beyond raw values can change a score.
/// </summary>
public interface ICheck
{
    RubricItem Item { get; }

    IReadOnlyList<MemberCall> PlanCalls();

    /// <summary>
    /// Evaluates every reference scoring will need, so that the costly ones, cached where they are computed (Q2's
    /// experiments, a statistical check's expectations), are ready before the first submission's calls come back
    /// instead of being computed then, on one core. Thread-safe.
    /// </summary>
    void ComputeReferences();

    ItemResult Score(CallResults results);
}
