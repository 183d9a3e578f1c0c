namespace Hw3.Grader.Protocol.Messages;

/// <summary>How much a compile diagnostic matters: an error means no assembly; a warning is shown and nothing more.</summary>
public enum CompileSeverity
{
    Error,
    Warning,
}
