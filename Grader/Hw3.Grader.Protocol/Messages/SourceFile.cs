namespace Hw3.Grader.Protocol.Messages;

/// <summary>One student source file: its name relative to the submission (never a machine path) and its text.</summary>
public sealed record SourceFile(
    string Name,
    string Text);
