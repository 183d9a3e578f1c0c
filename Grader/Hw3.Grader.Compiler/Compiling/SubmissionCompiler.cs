using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Hw3.Grader.Compiler.Metadata;
using Hw3.Grader.Compiler.Policy;
using Hw3.Grader.Protocol.Limits;
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

    /// <param name="languageLayerOff">
    /// For tests only (<see cref="CompileRequest.LanguageLayerOff"/>): emit without the source policy, the
    /// compile-time bomb checks and the metadata check, so the hostile corpus reaches the runtime layers.
    /// </param>
    public static CompileResponse Compile(IReadOnlyList<SourceFile> files, bool languageLayerOff = false)
    {
        var layout = SubmissionLayout.Of(files);
        if (layout.Problems.Count > 0)
        {
            return CompileResponse.Failed([.. layout.Problems]);
        }

        var lineDirectives = layout.IsScript
            ? LineDirectives.Check(layout.ScriptFiles, CompilerSettings.ScriptParseOptions)
            : LineDirectives.Check(layout.RegularFiles, CompilerSettings.RegularParseOptions);
        if (lineDirectives.Count > 0)
        {
            return CompileResponse.Failed([.. lineDirectives]);
        }

        return layout.IsScript ? CompileScript(layout.ScriptFiles, languageLayerOff) : CompileLibrary(layout.RegularFiles, languageLayerOff);
    }

    private static CompileResponse CompileLibrary(IReadOnlyList<SourceFile> files, bool languageLayerOff)
    {
        var trees = files
            .Select(file => CSharpSyntaxTree.ParseText(file.Text, CompilerSettings.RegularParseOptions, file.Name))
            .Append(CSharpSyntaxTree.ParseText(CompilerSettings.ImplicitUsingsSource, CompilerSettings.RegularParseOptions, ImplicitUsingsFileName));
        var compilation = CSharpCompilation.Create(
            CompilerSettings.SubmissionAssemblyName,
            trees,
            CompilerReferences.All,
            CompilerSettings.LibraryOptions);
        return languageLayerOff
            ? Emitter.Emit(compilation, files[0].Name, keepWarning: null)
            : CompileWithPolicy(compilation, files[0].Name, file => file != ImplicitUsingsFileName);
    }

    private static CompileResponse CompileScript(IReadOnlyList<SourceFile> files, bool languageLayerOff)
    {
        var compilation = ScriptCompilation(CompilerSettings.SubmissionAssemblyName, ScriptSource.Assemble(files), files[0].Name, []);
        return languageLayerOff
            ? Emitter.Emit(compilation, files[0].Name, keepWarning: null)
            : CompileWithPolicy(compilation, files[0].Name, file => file != ImplicitUsingsFileName);
    }

    /// <summary>
    /// The source policy, then code generation, then the metadata check. Before anything is bound: namespaces
    /// of the libraries, lambdas nested too deep, overload resolution that would bind a lambda too often, string
    /// constants that would fold too long (compile-time bombs all but the first). Then the semantic policy on
    /// the bound trees, with the compiler's own errors; only a compilation both accept is emitted, and its
    /// metadata is checked (<see cref="AssemblyMetadataCheck"/>) whatever its source said. A refused
    /// submission produces no assembly.
    /// </summary>
    /// <param name="keepWarning">Which warnings to report (all when null).</param>
    public static CompileResponse CompileWithPolicy(
        Compilation compilation,
        string fallbackFile,
        Func<string, bool> isStudentFile,
        Func<CompileDiagnostic, bool>? keepWarning = null)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(isStudentFile);
        var studentTrees = compilation.SyntaxTrees.Where(tree => isStudentFile(tree.FilePath)).ToList();
        var beforeBinding = ReservedNamespaces.Check(studentTrees)
            .Concat(LambdaNesting.Check(compilation.SyntaxTrees))
            .Where(d => isStudentFile(d.File))
            .ToList();
        if (beforeBinding.Count == 0)
        {
            beforeBinding = [.. OverloadBudget.Check(studentTrees).Concat(ConstantStringBound.Check(studentTrees)).Where(d => isStudentFile(d.File))];
        }

        if (beforeBinding.Count > 0)
        {
            return CompileResponse.Failed([.. InFileOrder(beforeBinding)]);
        }

        var refused = SourcePolicy.Check(compilation, isStudentFile);
        if (refused.Count > 0)
        {
            var compilerErrors = DiagnosticReport.From(compilation.GetDiagnostics(), fallbackFile, keepWarning);
            var errors = InFileOrder(refused.Concat(compilerErrors.Where(d => d.IsError))).Take(DiagnosticLimits.MaxErrors);
            return CompileResponse.Failed([.. errors, .. compilerErrors.Where(d => !d.IsError)]);
        }

        var emitted = Emitter.Emit(compilation, fallbackFile, keepWarning);
        if (emitted.Assembly is not { } image)
        {
            return emitted;
        }

        var findings = AssemblyMetadataCheck.Check(image);
        return findings.Count == 0
            ? emitted
            : CompileResponse.Failed([.. InFileOrder(findings.Select(f => MetadataDiagnostics.Locate(f, compilation, fallbackFile, isStudentFile)).Distinct()).Take(DiagnosticLimits.MaxErrors)]);
    }

    private static IEnumerable<CompileDiagnostic> InFileOrder(IEnumerable<CompileDiagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.File, StringComparer.Ordinal)
        .ThenBy(d => d.Line)
        .ThenBy(d => d.Column);

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
