using Microsoft.CodeAnalysis;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>Emits a compilation to an in-memory assembly image (no PDB) and reports its diagnostics.</summary>
public static class Emitter
{
    public static CompileResponse Emit(
        Compilation compilation,
        string fallbackFile,
        Func<CompileDiagnostic, bool>? keepWarning = null)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var diagnostics = DiagnosticReport.From(result.Diagnostics, fallbackFile, keepWarning);
        return result.Success ? CompileResponse.Compiled(image.ToArray(), diagnostics) : CompileResponse.Failed(diagnostics);
    }
}
