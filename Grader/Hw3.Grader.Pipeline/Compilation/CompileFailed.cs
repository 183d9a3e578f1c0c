using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>
/// No assembly. <see cref="Message"/> is one plain sentence for the student (never a path of the
/// grading machine); <see cref="CompilerLog"/> is for operators only.
/// </summary>
public sealed record CompileFailed(CompileFailureKind Kind, string Message, IReadOnlyList<CompileDiagnostic> Diagnostics)
    : CompileOutcome(Diagnostics)
{
    /// <summary>
    /// The tail of the compile worker's error output when it crashed or hung (null otherwise). May hold
    /// paths of this machine: log it, never show it to students.
    /// </summary>
    public string? CompilerLog { get; init; }
}
