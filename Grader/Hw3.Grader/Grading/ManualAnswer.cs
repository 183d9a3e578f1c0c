namespace Hw3.Grader.Grading;

/// <summary>A free-text answer collected for staff (null when none could be read).</summary>
public sealed record ManualAnswer(string Member, string? Text);
