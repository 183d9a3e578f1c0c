namespace Hw3.Grader.Protocol.Messages;

/// <summary>Diagnostic codes that both the compile worker and the grader act on.</summary>
public static class CompileDiagnosticCodes
{
    /// <summary>
    /// The compiler ran out of memory on this submission (the worker's GC heap limit). The worker answers with
    /// it instead of dying, and the grader never gives that worker another submission.
    /// </summary>
    public const string OutOfMemory = "HW3C005";
}
