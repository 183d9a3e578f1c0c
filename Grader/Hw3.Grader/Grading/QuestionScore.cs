namespace Hw3.Grader.Grading;

/// <summary>One question's share of a grade: the points of its counted items, and their maximum.</summary>
/// <param name="Question">"Q1" … "Q6" (<see cref="QuestionRollup.QuestionOf"/>).</param>
public sealed record QuestionScore(string Question, double Score, double MaxScore);
