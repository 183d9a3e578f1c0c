namespace Hw3.Grader.Reporting.Student;

/// <summary>One of the student's source files as the printer quotes it under a compile error: its name in the submission and its text.</summary>
public sealed record StudentSource(string Name, string Text);
