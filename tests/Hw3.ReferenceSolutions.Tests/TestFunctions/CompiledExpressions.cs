using System.Reflection;
using System.Text;
using Hw3.TestFunctions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Hw3.ReferenceSolutions.Tests.TestFunctions;

/// <summary>
/// Every sample function's <see cref="TestFunction.ValueExpression"/> and
/// <see cref="TestFunction.GradientExpression"/>, compiled by Roslyn in one go (a cold compile costs
/// about a second) as <c>Func&lt;double[], double&gt;</c> and <c>Func&lt;double[], double[]&gt;</c>.
/// </summary>
public sealed class CompiledExpressions
{
    public CompiledExpressions()
    {
        var source = new StringBuilder("public static class Probes\n{\n");
        source.Append("    public static readonly System.Func<double[], double>[] Values =\n    {\n");
        foreach (var spec in SampleFunctions.All)
        {
            source.Append("        ").Append(TestFunctionCatalog.Create(spec).ValueExpression).Append(",\n");
        }

        source.Append("    };\n    public static readonly System.Func<double[], double[]>[] Gradients =\n    {\n");
        foreach (var spec in SampleFunctions.All)
        {
            source.Append("        ").Append(TestFunctionCatalog.Create(spec).GradientExpression).Append(",\n");
        }

        source.Append("    };\n}\n");

        var compilation = CSharpCompilation.Create(
            "TestFunctionExpressions",
            [CSharpSyntaxTree.ParseText(source.ToString())],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (!result.Success)
        {
            return;
        }

        var probes = Assembly.Load(image.ToArray()).GetType("Probes")!;
        Values = (Func<double[], double>[])probes.GetField("Values")!.GetValue(null)!;
        Gradients = (Func<double[], double[]>[])probes.GetField("Gradients")!.GetValue(null)!;
    }

    public IReadOnlyList<string> Errors { get; }

    /// <summary>Indexed like <see cref="SampleFunctions.All"/>; empty when compilation failed.</summary>
    public IReadOnlyList<Func<double[], double>> Values { get; } = [];

    public IReadOnlyList<Func<double[], double[]>> Gradients { get; } = [];
}
