using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>What one compilation produced: the assembly image (null when it failed) and its diagnostics.</summary>
public sealed record CompileResult(byte[]? Assembly, IReadOnlyList<CompileDiagnostic> Diagnostics)
{
    public bool Success => Assembly is not null;

    public static CompileResult Failed(params CompileDiagnostic[] diagnostics) => new(null, diagnostics);
}
