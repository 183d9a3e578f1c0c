using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

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
    /// Computes every reference value scoring will need (they are cached), so that a grader can have them ready
    /// before the first submission's calls come back instead of computing them then, on one core. Thread-safe.
    /// </summary>
    void ComputeReferences();

    ItemResult Score(CallResults results);
}
