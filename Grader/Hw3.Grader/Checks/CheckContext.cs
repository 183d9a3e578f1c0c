using Hw3.Grader.Execution;
using Hw3.Grader.References;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>
/// What every check may use: the references, the known mistakes and the rubric's seed. Checks are built
/// once per rubric and score any number of submissions.
/// </summary>
public sealed record CheckContext(IFormulaCatalog References, IFormulaCatalog Mistakes, int Seed)
{
    /// <summary>Evaluates every accepted reference of <paramref name="target"/> on <paramref name="calls"/> (see <see cref="ICheck.ComputeReferences"/>).</summary>
    public void EvaluateReferences(RubricTarget target, IEnumerable<MemberCall> calls)
    {
        foreach (var call in calls)
        {
            foreach (var reference in target.Accept)
            {
                References.Evaluate(reference, call);
            }
        }
    }
}
