namespace Hw3.Grader.Batch;

/// <summary>An <c>--only</c> regrade changed a student's automatic total.</summary>
public sealed record ScoreChange(string Key, string StudentName, double Old, double New)
{
    public double Delta => Math.Round(New - Old, 4);
}
