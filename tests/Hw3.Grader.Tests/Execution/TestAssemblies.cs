using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Hw3.Grader.Tests.Execution;

/// <summary>Compiles small C# sources in the (trusted) test process, to feed the runner real assemblies.</summary>
internal static class TestAssemblies
{
    private static readonly IReadOnlyList<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(MathNet.Numerics.LinearAlgebra.Vector<double>).Assembly.Location),
    ];

    private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>A submission written as ordinary .cs files.</summary>
    public static byte[] Library(string source, string assemblyName = "submission") => Emit(CSharpCompilation.Create(
        assemblyName,
        [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
        References,
        Options));

    /// <summary>
    /// A C# script (a .csx submission, or a <c>./hw3 eval</c> expression when <paramref name="submission"/>
    /// is the image it may use): its classes are nested in the script class <c>Submission#0</c>, as the
    /// scripting API names it.
    /// </summary>
    public static byte[] Script(string source, string assemblyName, byte[]? submission = null)
    {
        var references = submission is null ? References : [.. References, MetadataReference.CreateFromImage(submission)];
        var usings = new[] { "System", "System.Linq", "System.Collections.Generic" };
        return Emit(CSharpCompilation.CreateScriptCompilation(
            assemblyName,
            CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)),
            references,
            Options.WithUsings(usings).WithScriptClassName("Submission#0")));
    }

    private static byte[] Emit(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("test source does not compile:\n" + string.Join("\n", result.Diagnostics));
        }

        return image.ToArray();
    }
}
