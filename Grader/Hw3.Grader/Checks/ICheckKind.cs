using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>One kind of rubric check: what the rubric loader asks of it, and the check it builds for each of its items.</summary>
public interface ICheckKind : IRubricKind
{
    ICheck CreateCheck(RubricItem item, CheckContext context);
}
