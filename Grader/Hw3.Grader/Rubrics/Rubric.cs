namespace Hw3.Grader.Rubrics;

/// <summary>A loaded, validated rubric: grading policy as data.</summary>
/// <param name="Sha256">Of the file's bytes; goes into every report so a grade names its rubric.</param>
public sealed record Rubric(
    string Title,
    string Version,
    int Seed,
    TimeSpan SubmissionBudget,
    IReadOnlyList<RubricItem> Items,
    string Sha256,
    string FileName)
{
    public double AutoPoints => Items.Where(i => !i.IsManual).Sum(i => i.Points);
    public double ManualPoints => Items.Where(i => i.IsManual).Sum(i => i.Points);
}
