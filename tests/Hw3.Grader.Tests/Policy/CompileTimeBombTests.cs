using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Tests.Compilation;

namespace Hw3.Grader.Tests.Policy;

/// <summary>
/// Submissions that would make the compiler itself blow up are refused before anything is bound: namespaces of
/// the libraries (HW3P004), string constants that fold too long (HW3P006), nested lambdas over overloaded
/// methods (HW3P007); and a member that reads past an array (HW3P001).
/// </summary>
[Collection(SharedCompilerCollection.Name)]
public sealed class CompileTimeBombTests(SharedCompilerFixture fixture)
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("namespace System.Runtime.InteropServices { public sealed class StructLayoutAttribute : Attribute { } }", 1, "System.Runtime.InteropServices")]
    [InlineData("namespace System.Runtime.CompilerServices;\npublic sealed class ModuleInitializerAttribute : Attribute { }", 1, "System.Runtime.CompilerServices")]
    [InlineData("namespace Mine\n{\n}\nnamespace System\n{\n    namespace Runtime { class X { } }\n}", 4, "System")]
    [InlineData("namespace @Microsoft.CodeAnalysis { class EmbeddedAttribute : System.Attribute { } }", 1, "Microsoft.CodeAnalysis")]
    [InlineData("namespace MathNet.Numerics { public static class Control { } }", 1, "MathNet.Numerics")]
    public async Task A_namespace_of_the_libraries_may_not_be_declared(string source, int line, string ns)
    {
        var failed = await PolicySubmission.Refused(fixture.Pool, new SourceFile("Hw3.cs", source));

        failed.Diagnostics.Should().Contain(
            d => d.Code == "HW3P004" && d.File == "Hw3.cs" && d.Line == line && d.Message.StartsWith("declaring namespace " + ns + " is not allowed", StringComparison.Ordinal),
            PolicySubmission.Describe(failed));
    }

    [Fact]
    public async Task A_namespace_of_the_students_own_with_a_library_name_inside_it_compiles()
    {
        var outcome = await fixture.Pool.CompileAsync(
            [new SourceFile("Hw3.cs", "namespace Mine.System { public static class Helper { public static int One() => 1; } }\npublic static class Q5 { public static int Answer() => Mine.System.Helper.One(); }")],
            CancellationToken.None);

        outcome.Should().BeOfType<CompileSucceeded>(PolicySubmission.Describe(outcome));
    }

    [Theory]
    [InlineData("using System.Numerics;", "Vector.LoadUnsafe(ref small[0], (nuint)4096)", "System.Numerics.Vector.LoadUnsafe")]
    [InlineData("using System.Numerics;", "Vector.LoadUnsafe(ref small[0])", "System.Numerics.Vector.LoadUnsafe")]
    [InlineData("using static System.Numerics.Vector;", "LoadUnsafe(ref small[0], (nuint)4096)", "System.Numerics.Vector.LoadUnsafe")]
    [InlineData("using V = System.Numerics.Vector;", "V.LoadUnsafe(ref small[0], (nuint)4096)", "System.Numerics.Vector.LoadUnsafe")]
    public async Task A_vector_load_that_skips_bounds_checks_is_refused_whatever_name_it_hides_behind(string usingLine, string load, string api)
    {
        var source = new SourceFile("Hw3.cs", usingLine + "\npublic static class Q5\n{\n    public static double Peek() { var small = new double[4]; return " + load + "[0]; }\n}\n");

        var failed = await PolicySubmission.Refused(fixture.Pool, source);

        failed.Diagnostics.Should().Contain(
            d => d.Code == "HW3P001" && d.Line == 4 && d.Message.StartsWith(api + " is not allowed: it reads or writes memory without bounds or type checks", StringComparison.Ordinal),
            PolicySubmission.Describe(failed));
    }

    [Theory]
    [InlineData("using M = System.Runtime.InteropServices.MemoryMarshal;", "M.Cast<double, long>(small.AsSpan())[0]", "System.Runtime.InteropServices.MemoryMarshal")]
    [InlineData("using static System.Runtime.InteropServices.CollectionsMarshal;", "AsSpan(new List<double>(small))[0]", "System.Runtime.InteropServices.CollectionsMarshal.AsSpan")]
    public async Task The_marshal_classes_are_refused_behind_an_alias_or_using_static(string usingLine, string read, string api)
    {
        var source = new SourceFile("Hw3.cs", usingLine + "\npublic static class Q5\n{\n    public static double Peek() { var small = new double[4]; return " + read + "; }\n}\n");

        var failed = await PolicySubmission.Refused(fixture.Pool, source);

        failed.Diagnostics.Should().Contain(d => d.Code == "HW3P001" && d.Line == 4 && d.Message.StartsWith(api, StringComparison.Ordinal), PolicySubmission.Describe(failed));
    }

    [Fact]
    public async Task Vector_loads_and_stores_with_bounds_checks_compile()
    {
        var outcome = await fixture.Pool.CompileAsync(
            [new SourceFile("Hw3.cs", "using System.Numerics;\npublic static class Q5 { public static double Sum(double[] x) { var v = new Vector<double>(x); var y = new double[x.Length]; v.CopyTo(y); return Vector.Sum(v) + y[0]; } }")],
            CancellationToken.None);

        outcome.Should().BeOfType<CompileSucceeded>(PolicySubmission.Describe(outcome));
    }

    [Theory]
    [InlineData("A0 + A0", 24)]
    [InlineData("$\"{A0}{A0}\"", 24)]
    public async Task A_string_constant_that_folds_past_a_million_characters_is_refused_before_it_is_built(string doubling, int levels)
    {
        var lines = new List<string> { "public static class Q5", "{", "    private const string A0 = \"0123456789abcdef0123456789abcdef\";" };
        for (var i = 1; i <= levels; i++)
        {
            lines.Add($"    private const string A{i} = {doubling.Replace("A0", "A" + (i - 1), StringComparison.Ordinal)};");
        }

        lines.Add($"    public static int Length => A{levels}.Length;");
        lines.Add("}");

        var outcome = await fixture.Pool.CompileAsync([new SourceFile("Hw3.cs", string.Join("\n", lines))], CancellationToken.None).WaitAsync(Quickly);

        var failed = outcome.Should().BeOfType<CompileFailed>().Which;
        failed.Kind.Should().Be(CompileFailureKind.Errors);
        // 32 * 2^16 = 2,097,152 characters: A16, on line 3 + 16, is the first past the bound.
        failed.Diagnostics.Should().ContainSingle().Which.Should().Match<CompileDiagnostic>(
            d => d.Code == "HW3P006" && d.Line == 19 && d.Message.StartsWith("the constant A16 may fold to more than 1,048,576 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task String_constants_of_ordinary_length_compile()
    {
        var outcome = await fixture.Pool.CompileAsync(
            [new SourceFile("Hw3.cs", "public static class Q2 { const string Unit = \"rms\"; const string Both = Unit + \"-to-\" + Unit; public static string NormThatTracksFeatureChange => Both; }")],
            CancellationToken.None);

        outcome.Should().BeOfType<CompileSucceeded>(PolicySubmission.Describe(outcome));
    }

    [Fact]
    public async Task Lambdas_over_twenty_overloads_three_deep_are_refused_before_binding()
    {
        var overloads = string.Join("\n", new[] { "int", "long", "short", "byte", "sbyte", "ushort", "uint", "ulong", "float", "double", "char", "decimal", "bool", "string", "object", "int[]", "long[]", "double[]", "string[]", "byte[]" }
            .Select(t => $"    static int M(Func<{t}, int> f) => 0;"));
        var source = "public static class Q5\n{\n" + overloads + "\n    public static int Run() => M(a => M(b => M(c => a.GetHashCode() + b.GetHashCode() + c.GetHashCode())));\n}\n";

        var outcome = await fixture.Pool.CompileAsync([new SourceFile("Hw3.cs", source)], CancellationToken.None).WaitAsync(Quickly);

        outcome.Should().BeOfType<CompileFailed>().Which.Diagnostics.Should().ContainSingle().Which.Should().Match<CompileDiagnostic>(
            d => d.Code == "HW3P007" && d.Line == 23 && d.Message.StartsWith("this lambda may be bound up to 8,000 times, which is not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Four_nested_sums_are_refused_and_three_compile()
    {
        static SourceFile Sums(int depth)
        {
            var names = Enumerable.Range(0, depth).Select(i => "a" + i).ToList();
            var call = string.Join(" * ", names);
            for (var i = depth - 1; i >= 0; i--)
            {
                call = $"x.Sum({names[i]} => {call})";
            }

            return new SourceFile("Hw3.cs", "public static class Q5 { public static double Run(double[] x) => " + call + "; }");
        }

        var four = await fixture.Pool.CompileAsync([Sums(4)], CancellationToken.None).WaitAsync(Quickly);
        var three = await fixture.Pool.CompileAsync([Sums(3)], CancellationToken.None);

        four.Should().BeOfType<CompileFailed>().Which.Diagnostics.Should().Contain(d => d.Code == "HW3P007" && d.Message.Contains("10,000 times", StringComparison.Ordinal));
        three.Should().BeOfType<CompileSucceeded>(PolicySubmission.Describe(three));
    }
}
