using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>
/// Compiles a submission into the assembly <see cref="CompilerSettings.SubmissionAssemblyName"/>.
/// .cs files: a regular library whose types sit where the student put them (the global namespace),
/// plus global usings for <see cref="CompilerSettings.ImplicitImports"/>. .csx files: one C# script
/// (see <see cref="ScriptSource"/>); its types are nested in the class
/// <see cref="CompilerSettings.ScriptClassName"/> and its top-level statements run only when that
/// script's <c>&lt;Factory&gt;</c> is called.
/// </summary>
public static class SubmissionCompiler
{
    public const string ImplicitUsingsFileName = "<implicit usings>";

    public static CompileResult Compile(IReadOnlyList<SourceFile> files)
    {
        var layout = SubmissionLayout.Of(files);
        if (layout.Problems.Count > 0)
        {
            return CompileResult.Failed([.. layout.Problems]);
        }

        return layout.IsScript ? CompileScript(layout.ScriptFiles) : CompileLibrary(layout.RegularFiles);
    }

    private static CompileResult CompileLibrary(IReadOnlyList<SourceFile> files)
    {
        var trees = files
            .Select(file => CSharpSyntaxTree.ParseText(file.Text, CompilerSettings.RegularParseOptions, file.Name))
            .Append(CSharpSyntaxTree.ParseText(CompilerSettings.ImplicitUsingsSource, CompilerSettings.RegularParseOptions, ImplicitUsingsFileName));
        var compilation = CSharpCompilation.Create(
            CompilerSettings.SubmissionAssemblyName,
            trees,
            CompilerReferences.All,
            CompilerSettings.LibraryOptions);
        return Emitter.Emit(compilation, files[0].Name);
    }

    private static CompileResult CompileScript(IReadOnlyList<SourceFile> files)
    {
        var compilation = ScriptCompilation(CompilerSettings.SubmissionAssemblyName, ScriptSource.Assemble(files), files[0].Name, []);
        return Emitter.Emit(compilation, files[0].Name);
    }

    /// <summary>A script compilation (class <see cref="CompilerSettings.ScriptClassName"/>, result type object).</summary>
    public static CSharpCompilation ScriptCompilation(
        string assemblyName,
        string source,
        string path,
        IEnumerable<MetadataReference> extraReferences) =>
        CSharpCompilation.CreateScriptCompilation(
            assemblyName,
            CSharpSyntaxTree.ParseText(source, CompilerSettings.ScriptParseOptions, path),
            CompilerReferences.All.Concat(extraReferences),
            CompilerSettings.ScriptOptions);
}
