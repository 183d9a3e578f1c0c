using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>
/// Compiles submission sources in-process against what students may use: the .NET 10 reference
/// assemblies and MathNet.Numerics. No implicit usings: a submission brings its own.
/// </summary>
internal static class SubmissionCompiler
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        [
            .. Basic.Reference.Assemblies.Net100.References.All,
            MetadataReference.CreateFromFile(typeof(MathNet.Numerics.Control).Assembly.Location),
        ]);

    private static readonly CSharpCompilationOptions LibraryOptions =
        new(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release);

    public static CompilationOutcome CompileFiles(IEnumerable<string> paths)
    {
        var trees = paths
            .Select(path => CSharpSyntaxTree.ParseText(ReadSource(path), CSharpParseOptions.Default, path))
            .ToArray();
        var compilation = CSharpCompilation.Create(UniqueAssemblyName(), trees, References.Value, LibraryOptions);
        return Emit(compilation);
    }

    /// <summary>A .csx submission: parsed as a script, so its classes nest inside the script class.</summary>
    public static CompilationOutcome CompileScript(string path)
    {
        var tree = CSharpSyntaxTree.ParseText(
            ReadSource(path), CSharpParseOptions.Default.WithKind(SourceCodeKind.Script), path);
        var compilation = CSharpCompilation.CreateScriptCompilation(
            UniqueAssemblyName(), tree, References.Value, LibraryOptions);
        return Emit(compilation);
    }

    private static Microsoft.CodeAnalysis.Text.SourceText ReadSource(string path) =>
        Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(path, Encoding.UTF8), Encoding.UTF8);

    private static string UniqueAssemblyName() => "Submission_" + Guid.NewGuid().ToString("N");

    private static CompilationOutcome Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        return new CompilationOutcome(errors, result.Success ? image.ToArray() : null, compilation.ScriptClass?.MetadataName);
    }
}
