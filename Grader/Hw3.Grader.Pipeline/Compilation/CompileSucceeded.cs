using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>The assembly image, any warnings, and the request's round trip to the compile worker.</summary>
public sealed record CompileSucceeded(byte[] Assembly, IReadOnlyList<CompileDiagnostic> Diagnostics, TimeSpan Elapsed)
    : CompileOutcome(Diagnostics);
