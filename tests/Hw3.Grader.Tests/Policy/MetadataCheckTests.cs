using Hw3.Grader.Compiler.Compiling;
using Hw3.Grader.Compiler.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Hw3.Grader.Tests.Policy;

/// <summary>
/// The metadata check on its own: each source is compiled by plain Roslyn, with the submission's references and
/// options but without the source policy, and the emitted bytes alone must be refused (or accepted).
/// </summary>
public sealed class MetadataCheckTests
{
    private const string LookAlikeLayout = """
        namespace System.Runtime.InteropServices
        {
            public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }
            public sealed class StructLayoutAttribute : Attribute { public StructLayoutAttribute(LayoutKind k) { } }
            public sealed class FieldOffsetAttribute : Attribute { public FieldOffsetAttribute(int offset) { } }
        }

        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
        public struct Confusion
        {
            [System.Runtime.InteropServices.FieldOffset(0)] public object Any;
            [System.Runtime.InteropServices.FieldOffset(0)] public string View;
        }
        """;

    private const string LookAlikeModuleInitializer = """
        namespace System.Runtime.CompilerServices
        {
            public sealed class ModuleInitializerAttribute : Attribute { }
        }

        public static class Startup
        {
            [System.Runtime.CompilerServices.ModuleInitializer]
            public static void Hijack() { while (true) { } }
        }
        """;

    [Fact]
    public void The_metadata_check_refuses_explicit_layout_from_look_alike_attributes_with_the_source_policy_switched_off()
    {
        var findings = AssemblyMetadataCheck.Check(CompileWithoutPolicy(LookAlikeLayout));

        findings.Should().Contain(f => f.TypeName == "Confusion" && f.MemberName == null && f.Reason.Contains("explicit layout", StringComparison.Ordinal));
        findings.Should().Contain(f => f.TypeName == "Confusion" && f.MemberName == "View" && f.Reason.Contains("field offset", StringComparison.Ordinal));
    }

    [Fact]
    public void The_metadata_check_refuses_a_look_alike_module_initializer_with_the_source_policy_switched_off()
    {
        var findings = AssemblyMetadataCheck.Check(CompileWithoutPolicy(LookAlikeModuleInitializer));

        findings.Should().Contain(f => f.TypeName == "<Module>" && f.MemberName == ".cctor");
        findings.Should().Contain(f => f.TypeName == "Startup" && f.MemberName == "Hijack" && f.Reason.StartsWith("[ModuleInitializerAttribute]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("public static class N { [System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int getpid(); }", "P/Invoke")]
    [InlineData("public static class N { public static extern int Nothing(); }", "without a body")]
    [InlineData("public static class N { [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)] public static extern int Call(); }", "implemented by the runtime")]
    [InlineData("[System.Runtime.CompilerServices.InlineArray(4)] public struct Buffer { private int _first; }", "[InlineArrayAttribute]")]
    [InlineData("[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Size = 64)] public struct Padded { public int X; }", "fixed layout size")]
    [InlineData("public static class N { [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = \"M\")] public static extern int Peek(string s); }", "[UnsafeAccessorAttribute]")]
    public void The_metadata_check_refuses_what_the_real_attributes_compile_to(string source, string reason)
    {
        var findings = AssemblyMetadataCheck.Check(CompileWithoutPolicy(source));

        findings.Should().Contain(f => f.Reason.Contains(reason, StringComparison.Ordinal), string.Join("\n", findings));
    }

    [Theory]
    [InlineData("public static class Q5 { public static string R() => System.IO.File.ReadAllText(\"/etc/passwd\"); }", "R", "System.IO.File.ReadAllText", "file access")]
    [InlineData("public static class Q5 { public static void X() => Environment.Exit(0); }", "X", "System.Environment.Exit", "the process's environment")]
    [InlineData("public static class Q5 { public static object A() => typeof(Q5).Assembly; }", "A", "System.Type.Assembly", "reflection")]
    [InlineData("public static class Q5 { public static string L() => Console.ReadLine(); }", "L", "System.Console.ReadLine", "console input")]
    [InlineData("public static class Q5 { public static double P(double[] a) => System.Numerics.Vector.LoadUnsafe(ref a[0], (nuint)4096)[0]; }", "P", "System.Numerics.Vector.LoadUnsafe", "without bounds or type checks")]
    [InlineData("public static class Q5 { public static int T() { var t = new System.Threading.Thread(() => { }); t.Start(); return 1; } }", "T", "System.Threading.Thread..ctor", "threads")]
    [InlineData("public static class Q5 { public static Func<int> F() => () => System.Diagnostics.Process.GetCurrentProcess().Id; }", "<F>b__0_0", "System.Diagnostics.Process.GetCurrentProcess", "processes")]
    [InlineData("public static class Q5 { public static long B(double[] a) => System.Runtime.InteropServices.MemoryMarshal.Cast<double, long>(a.AsSpan())[0]; }", "B", "System.Runtime.InteropServices.MemoryMarshal.Cast", "native code and interop")]
    [InlineData("public static class Q5 { public static string U(object o) => System.Runtime.CompilerServices.Unsafe.As<string>(o); }", "U", "System.Runtime.CompilerServices.Unsafe.As", "compiler and runtime services")]
    public void The_metadata_check_refuses_calls_to_refused_apis_with_the_source_policy_switched_off(string source, string method, string api, string reason)
    {
        var findings = AssemblyMetadataCheck.Check(CompileWithoutPolicy(source));

        findings.Should().Contain(
            f => f.MemberName == method && f.Reason.StartsWith("it calls " + api + ", and ", StringComparison.Ordinal) && f.Reason.Contains(reason, StringComparison.Ordinal),
            string.Join("\n", findings));
    }

    [Fact]
    public void The_metadata_check_refuses_a_type_derived_from_a_refused_library_type()
    {
        var findings = AssemblyMetadataCheck.Check(CompileWithoutPolicy(
            "public sealed class Leak : System.IO.MemoryStream { }"));

        findings.Should().Contain(f => f.TypeName == "Leak" && f.Reason.StartsWith("it derives from System.IO.MemoryStream", StringComparison.Ordinal));
    }

    [Fact]
    public void The_metadata_check_refuses_pointers_in_signatures_of_code_compiled_with_the_unsafe_option()
    {
        var findings = AssemblyMetadataCheck.Check(CompileWithoutPolicy(
            "public static unsafe class P { public static int* Next(int* p) => p + 1; }",
            allowUnsafe: true));

        findings.Should().Contain(f => f.TypeName == "P" && f.MemberName == "Next" && f.Reason.Contains("pointer", StringComparison.Ordinal));
        findings.Should().Contain(f => f.Reason == "[UnverifiableCodeAttribute]: unsafe code");
    }

    [Theory]
    [InlineData("public static class Q5 { public static double[] Weights() => new[] { 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0 }; }")]
    [InlineData("public static class Q5 { public static int Sum() { System.Span<int> s = stackalloc int[4]; s[0] = 1; return s[0]; } }")]
    [InlineData("public static class Q5 { public static int Count(int a, int b, int c) { System.ReadOnlySpan<int> s = [a, b, c]; return s.Length; } }")]
    [InlineData("public struct Empty { } public delegate double Step(double x); public abstract class Shape { public abstract double Area(); }")]
    [InlineData("public static class Q5 { public static System.Collections.Generic.List<int> L(int a) => [a, a + 1]; public static System.Func<int, int> F => x => x + 1; }")]
    [InlineData("public static class Q5 { static readonly object Gate = new(); public static event Action Changed; public static System.Collections.Generic.IEnumerable<int> N(int n) { lock (Gate) { for (var i = 0; i < n; i++) yield return i; } } public static string S(int a) => $\"{a}{typeof(Q5).Name}\" + a switch { 0 => \"z\", _ => \"n\" }; }")]
    [InlineData("public record Point(double X, double Y); public static class Q5 { public static int[] R(int[] x) => x[1..^1]; public static int P(params ReadOnlySpan<int> xs) => xs.Length; public static int Q() => P(1, 2, 3); }")]
    public void The_metadata_check_accepts_what_the_compiler_makes_of_ordinary_answers(string source)
    {
        AssemblyMetadataCheck.Check(CompileWithoutPolicy(source)).Should().BeEmpty();
    }

    [Fact]
    public void The_perfect_sample_passes_the_metadata_check()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Root, "Submissions", "samples", "perfect", "Hw3.cs"));

        AssemblyMetadataCheck.Check(CompileWithoutPolicy(source)).Should().BeEmpty();
    }

    /// <summary>Compiles as the worker does (references, options, implicit usings), but with no policy; the image must emit.</summary>
    private static byte[] CompileWithoutPolicy(string source, bool allowUnsafe = false)
    {
        var compilation = CSharpCompilation.Create(
            "Hw3Submission",
            [
                CSharpSyntaxTree.ParseText(source, CompilerSettings.RegularParseOptions, "Hw3.cs"),
                CSharpSyntaxTree.ParseText(CompilerSettings.ImplicitUsingsSource, CompilerSettings.RegularParseOptions, "<implicit usings>"),
            ],
            CompilerReferences.All,
            CompilerSettings.LibraryOptions.WithAllowUnsafe(allowUnsafe));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        result.Success.Should().BeTrue(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return image.ToArray();
    }
}
