namespace Hw3.Grader.Rubrics;

/// <summary>The kinds of check a rubric item may use; each has one class in Checks/.</summary>
public enum CheckKind
{
    Grid,
    Scaling,
    Choice,
    Boolean,
    Exponent,
    Statistical,
    Manual,
    Completion,
    Behaviour,
}
