using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Limits;

namespace Hw3.Grader.Tests.Compilation;

[Collection(SharedCompilerCollection.Name)]
public sealed class SubmissionCompilationTests(SharedCompilerFixture fixture)
{
    private const string ValidQ1 = """
        using System;

        public static class Q1
        {
            public static double InitScale(int d1, int d2) => 1.0 / Math.Sqrt(d1);
        }
        """;

    private static Task<CompileOutcome> Compile(SharedCompilerFixture fixture, params SourceFile[] files) =>
        fixture.Pool.CompileAsync(files, CancellationToken.None);

    [Fact]
    public async Task A_valid_file_compiles_to_an_assembly_whose_methods_can_be_called()
    {
        var outcome = await Compile(fixture, new SourceFile("Hw3.cs", ValidQ1));

        var assembly = outcome.Should().BeOfType<CompileSucceeded>().Which.Assembly;
        AssemblyProbe.Call(assembly, "Q1", "InitScale", 16, 4).Should().Be(1.0 / Math.Sqrt(16));
    }

    [Fact]
    public async Task The_assembly_is_named_Hw3Submission_and_the_same_source_gives_the_same_bytes()
    {
        var first = (CompileSucceeded)await Compile(fixture, new SourceFile("Hw3.cs", ValidQ1));
        var second = (CompileSucceeded)await Compile(fixture, new SourceFile("Hw3.cs", ValidQ1));

        second.Assembly.Should().Equal(first.Assembly);
        AssemblyProbe.Call(first.Assembly, "Q1", "InitScale", 4, 1).Should().Be(0.5);
        AssemblyNameOf(first.Assembly).Should().Be("Hw3Submission");
    }

    [Fact]
    public async Task Errors_carry_the_relative_file_name_and_one_based_line_and_column_and_no_machine_path()
    {
        const string Broken = "public static class Q1\n{\n    public static int Answer() => 42\n}\n";

        var outcome = await Compile(fixture, new SourceFile("Hw3.cs", Broken));

        var failed = outcome.Should().BeOfType<CompileFailed>().Which;
        failed.Kind.Should().Be(CompileFailureKind.Errors);
        var error = failed.Diagnostics.Should().ContainSingle(d => d.IsError).Which;
        error.File.Should().Be("Hw3.cs");
        error.Code.Should().Be("CS1002");
        error.Line.Should().Be(3);
        error.Column.Should().Be("    public static int Answer() => 42".Length + 1);
        failed.Message.Should().Be($"Hw3.cs did not compile: 1 error (first: {error})");
        failed.Message.Should().NotContain(AppContext.BaseDirectory).And.NotContain(Path.GetTempPath()).And.NotContain("/work/");
    }

    [Fact]
    public async Task A_file_sent_with_a_machine_path_is_reported_by_its_file_name_only()
    {
        var outcome = await Compile(fixture, new SourceFile("/home/student/hw/Hw3.cs", "public static class Q1 { int X = ; }"));

        var failed = outcome.Should().BeOfType<CompileFailed>().Which;
        failed.Diagnostics.Should().OnlyContain(d => d.File == "Hw3.cs");
        failed.Message.Should().StartWith("Hw3.cs did not compile: ").And.NotContain("/home/");
    }

    [Fact]
    public async Task Several_files_compile_together_and_errors_name_the_file_they_are_in()
    {
        var main = new SourceFile("Hw3.cs", "public static class Q5 { public static int Fwd() => Helpers.Twice(10); }");
        var helper = new SourceFile("src/Helpers.cs", "static class Helpers { public static int Twice(int x) => 2 * x; }");
        var brokenHelper = helper with { Text = "static class Helpers {\n  public static int Twice(int x) => 2 * y;\n}" };

        var together = await Compile(fixture, main, helper);
        var broken = await Compile(fixture, main, brokenHelper);

        AssemblyProbe.Call(together.Should().BeOfType<CompileSucceeded>().Which.Assembly, "Q5", "Fwd").Should().Be(20);
        var failed = broken.Should().BeOfType<CompileFailed>().Which;
        failed.Diagnostics.Should().ContainSingle().Which.Should().Be(
            new CompileDiagnostic("src/Helpers.cs", 2, "  public static int Twice(int x) => 2 * ".Length + 1, "CS0103", CompileSeverity.Error, "The name 'y' does not exist in the current context"));
        failed.Message.Should().StartWith("the submission did not compile: 1 error (first: src/Helpers.cs:2:");
    }

    [Fact]
    public async Task Files_without_using_directives_still_see_System_Linq_and_collections()
    {
        var outcome = await Compile(fixture, new SourceFile("Hw3.cs", "public static class Q5 { public static int Sum() => new List<int> { 1, 2, 3 }.Sum() + (int)Math.Round(0.4); }"));

        AssemblyProbe.Call(outcome.Should().BeOfType<CompileSucceeded>().Which.Assembly, "Q5", "Sum").Should().Be(6);
    }

    [Fact]
    public async Task MathNet_Numerics_is_available_to_submissions()
    {
        var outcome = await Compile(fixture, new SourceFile("Hw3.cs", "using MathNet.Numerics; public static class Q4 { public static double Erf(double x) => SpecialFunctions.Erf(x); }"));

        AssemblyProbe.Call(outcome.Should().BeOfType<CompileSucceeded>().Which.Assembly, "Q4", "Erf", 0.5)
            .Should().Be(MathNet.Numerics.SpecialFunctions.Erf(0.5));
    }

    [Fact]
    public async Task Warnings_come_back_with_a_successful_compile()
    {
        var outcome = await Compile(fixture, new SourceFile("Hw3.cs", "public static class Q1 {\n  public static int F() { int unused; return 1; }\n}"));

        var succeeded = outcome.Should().BeOfType<CompileSucceeded>().Which;
        succeeded.Diagnostics.Should().ContainSingle().Which.Should().Match<CompileDiagnostic>(d =>
            d.Severity == CompileSeverity.Warning && d.Code == "CS0168" && d.File == "Hw3.cs" && d.Line == 2);
    }

    [Fact]
    public async Task Unsafe_code_does_not_compile()
    {
        var outcome = await Compile(fixture, new SourceFile("Hw3.cs", "public static class Q1 { public static unsafe int F() { int x = 1; int* p = &x; return *p; } }"));

        outcome.Should().BeOfType<CompileFailed>().Which.Diagnostics.Should().Contain(d => d.Code == "CS0227");
    }

    [Fact]
    public async Task A_csx_submission_compiles_as_a_script_whose_classes_sit_inside_Submission0()
    {
        var outcome = await Compile(fixture, new SourceFile("Hw3.csx", "using System;\npublic static class Q1 { public static double InitScale(int d1, int d2) => 1 / Math.Sqrt(d1); }\n"));

        var assembly = outcome.Should().BeOfType<CompileSucceeded>().Which.Assembly;
        AssemblyProbe.Call(assembly, "Submission#0+Q1", "InitScale", 64, 1).Should().Be(1 / Math.Sqrt(64));
    }

    [Fact]
    public async Task Several_csx_files_join_in_name_order_with_each_files_usings_and_their_own_line_numbers()
    {
        var first = new SourceFile("A.csx", "using System;\n\nstatic double Root(double x) => Math.Sqrt(x);\n");
        var second = new SourceFile("B.csx", "// helpers\nusing MathNet.Numerics;\npublic static class Q1 { public static double F(double x) => Root(x) + SpecialFunctions.Erf(0); }\n");
        var brokenSecond = second with { Text = second.Text + "int broken = \"text\";\n" };

        var joined = await Compile(fixture, second, first);
        var broken = await Compile(fixture, brokenSecond, first);

        AssemblyProbe.Call(joined.Should().BeOfType<CompileSucceeded>().Which.Assembly, "Submission#0+Q1", "F", 9.0).Should().Be(3.0);
        var error = broken.Should().BeOfType<CompileFailed>().Which.Diagnostics.Should().ContainSingle().Which;
        (error.File, error.Line, error.Column, error.Code).Should().Be(("B.csx", 4, "int broken = ".Length + 1, "CS0029"));
    }

    [Fact]
    public async Task Cs_and_csx_files_together_are_refused_with_a_clear_error()
    {
        var outcome = await Compile(fixture, new SourceFile("Hw3.cs", ValidQ1), new SourceFile("Extra.csx", "1 + 1"));

        var failed = outcome.Should().BeOfType<CompileFailed>().Which;
        failed.Kind.Should().Be(CompileFailureKind.Errors);
        failed.Diagnostics.Should().ContainSingle().Which.Should().Match<CompileDiagnostic>(d =>
            d.File == "Extra.csx" && d.Code == "HW3C001" && d.Message.Contains("Hw3.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deeply_nested_code_compiles_instead_of_overflowing_the_workers_stack()
    {
        // 3,000 nested blocks overflow an ordinary 1.5 MB thread stack inside Roslyn and kill the process.
        const int Depth = 3_000;
        var body = new string('{', Depth) + " return 1; " + new string('}', Depth);

        var outcome = await Compile(fixture, new SourceFile("Hw3.cs", "public static class Deep { public static int F() " + body + " }"));

        outcome.Should().BeOfType<CompileSucceeded>();
    }

    [Fact]
    public async Task The_error_list_is_capped_and_the_message_says_so()
    {
        var lines = Enumerable.Range(0, 80).Select(i => $"    public static int F{i}() => undefined{i};");
        var outcome = await Compile(fixture, new SourceFile("Hw3.cs", "public static class Q1 {\n" + string.Join("\n", lines) + "\n}"));

        var failed = outcome.Should().BeOfType<CompileFailed>().Which;
        failed.Diagnostics.Should().HaveCount(DiagnosticLimits.MaxErrors);
        failed.Message.Should().StartWith($"Hw3.cs did not compile: {DiagnosticLimits.MaxErrors} or more errors (first: Hw3.cs:2:");
    }

    private static string AssemblyNameOf(byte[] image)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(image));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.GetString(metadata.GetAssemblyDefinition().Name);
    }
}
