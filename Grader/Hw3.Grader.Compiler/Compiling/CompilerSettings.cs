using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>
/// One place for every knob of a student compilation: Release, deterministic, a fixed assembly name,
/// nullable analysis off (it is not the student's grade), no unsafe code, no assembly-unification
/// notes, and single-threaded so that
/// all of Roslyn runs on the worker's large-stack thread.
/// </summary>
public static class CompilerSettings
{
    public const string SubmissionAssemblyName = "Hw3Submission";
    public const string ExpressionAssemblyName = "Hw3Expression";

    /// <summary>The class every script compiles into; nested types of a .csx submission live inside it.</summary>
    public const string ScriptClassName = "Submission#0";

    /// <summary>File name of an eval expression in diagnostics.</summary>
    public const string ExpressionFileName = "<expression>";

    /// <summary>Namespaces every .cs file and every script sees without a using directive (the allowed ones).</summary>
    public static IReadOnlyList<string> ImplicitImports { get; } = ["System", "System.Collections.Generic", "System.Linq"];

    public static CSharpParseOptions RegularParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);

    public static CSharpParseOptions ScriptParseOptions { get; } = RegularParseOptions.WithKind(SourceCodeKind.Script);

    public static CSharpCompilationOptions LibraryOptions { get; } = new CSharpCompilationOptions(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        deterministic: true,
        allowUnsafe: false,
        nullableContextOptions: NullableContextOptions.Disable,
        concurrentBuild: false)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            // Assembly unification notes (MathNet.Numerics was built against an older System.Runtime);
            // the .NET SDK silences the same two by default.
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    public static CSharpCompilationOptions ScriptOptions { get; } = LibraryOptions
        .WithUsings(ImplicitImports)
        .WithScriptClassName(ScriptClassName);

    /// <summary>The C# of a generated file that gives regular (.cs) compilations the implicit imports.</summary>
    public static string ImplicitUsingsSource =>
        string.Concat(ImplicitImports.Select(name => $"global using global::{name};\n"));
}
