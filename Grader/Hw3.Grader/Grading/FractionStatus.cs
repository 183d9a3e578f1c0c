namespace Hw3.Grader.Grading;

/// <summary>The status that a fraction of an item's points earns: the one rule for checks and for staff grades alike.</summary>
public static class FractionStatus
{
    public static ItemStatus Of(double fraction) =>
        fraction >= 1 ? ItemStatus.Passed : fraction > 0 ? ItemStatus.Partial : ItemStatus.Failed;
}
