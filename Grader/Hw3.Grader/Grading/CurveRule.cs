namespace Hw3.Grader.Grading;

/// <summary>Whose rule a <see cref="WidthCurve"/> shows: the student's, μP's, or standard parameterization's.</summary>
public enum CurveRule
{
    Student,
    MaximalUpdate,
    Standard,
}
