using Microsoft.CodeAnalysis;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>A policy refusal as a compile error at a place in the student's source (1-based line and column).</summary>
internal static class PolicyError
{
    public static CompileDiagnostic At(FileLinePositionSpan span, string code, string message) => CompileDiagnostic.Error(
        span.Path,
        span.StartLinePosition.Line + 1,
        span.StartLinePosition.Character + 1,
        code,
        message);
}
