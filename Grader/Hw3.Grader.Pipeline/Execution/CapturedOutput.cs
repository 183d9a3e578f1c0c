namespace Hw3.Grader.Execution;

/// <summary>What the student's code printed (stdout and stderr, in arrival order), and how many bytes beyond the cap were dropped.</summary>
public sealed record CapturedOutput(string Text, long DroppedBytes);
