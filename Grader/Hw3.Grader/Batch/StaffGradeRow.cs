namespace Hw3.Grader.Batch;

/// <summary>One row of a filled-in manual.csv, as staff left it.</summary>
/// <param name="Row">The row's number as a spreadsheet shows it (the header is row 1).</param>
/// <param name="Score">Empty when the row is not graded yet.</param>
public sealed record StaffGradeRow(int Row, string Submission, string Item, string AnswerSha256, string Score, string Comment);
