using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>How one compilation ended: <see cref="CompileSucceeded"/> or <see cref="CompileFailed"/>.</summary>
public abstract record CompileOutcome(IReadOnlyList<CompileDiagnostic> Diagnostics);
