namespace Hw3.Grader.Grading;

/// <summary>How an item came out.</summary>
public enum ItemStatus
{
    Passed,
    /// <summary>Some of the points: e.g. the right exponents with a wrong constant.</summary>
    Partial,
    Failed,
    /// <summary>Free text collected for staff; not scored by the grader.</summary>
    Manual,
}
