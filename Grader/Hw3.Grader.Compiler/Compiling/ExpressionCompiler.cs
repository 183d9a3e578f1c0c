using Microsoft.CodeAnalysis;
using Hw3.Grader.Protocol.Messages;

using Hw3.Grader.Compiler.Policy;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>
/// Compiles a <c>./hw3 eval</c> expression into the script assembly
/// <see cref="CompilerSettings.ExpressionAssemblyName"/>, whose class
/// <see cref="CompilerSettings.ScriptClassName"/> has <c>static Task&lt;object&gt; &lt;Factory&gt;(object[])</c>
/// returning the expression's value (call it with <c>new object[2]</c>).
/// <list type="bullet">
/// <item>Over .cs files: the expression alone, referencing the compiled submission image; the runner
/// loads the submission first, then this assembly.</item>
/// <item>Over .csx files: a separate script cannot name types nested in another script's class, so the
/// expression is appended to the submission's own script source and the whole compiles as one script
/// (self-contained: the submission assembly is not referenced, and the student's top-level statements
/// run before the expression). Only the expression's warnings are reported.</item>
/// </list>
/// </summary>
public static class ExpressionCompiler
{
    public static CompileResponse Compile(string expression, IReadOnlyList<SourceFile> submissionFiles, byte[]? submissionAssembly)
    {
        var layout = SubmissionLayout.Of(submissionFiles);
        if (layout.IsScript)
        {
            if (layout.Problems.Count > 0)
            {
                return CompileResponse.Failed([.. layout.Problems]);
            }

            if (LineDirectives.Check(layout.ScriptFiles, CompilerSettings.ScriptParseOptions) is { Count: > 0 } lineDirectives)
            {
                return CompileResponse.Failed([.. lineDirectives]);
            }

            var source = ScriptSource.Assemble(layout.ScriptFiles, expression);
            var together = SubmissionCompiler.ScriptCompilation(CompilerSettings.ExpressionAssemblyName, source, layout.ScriptFiles[0].Name, []);
            // The student's part of the script is held to the source policy; the TA's expression is not.
            return SubmissionCompiler.CompileWithPolicy(
                together,
                CompilerSettings.ExpressionFileName,
                file => file != CompilerSettings.ExpressionFileName,
                d => d.File == CompilerSettings.ExpressionFileName);
        }

        if (submissionAssembly is null)
        {
            return CompileResponse.Failed(PolicyDiagnostics.NoSubmissionAssembly());
        }

        var submission = MetadataReference.CreateFromImage(submissionAssembly, filePath: CompilerSettings.SubmissionAssemblyName + ".dll");
        var alone = SubmissionCompiler.ScriptCompilation(CompilerSettings.ExpressionAssemblyName, expression, CompilerSettings.ExpressionFileName, [submission]);
        return Emitter.Emit(alone, CompilerSettings.ExpressionFileName);
    }
}
