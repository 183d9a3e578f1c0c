using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Policy;

/// <summary>
/// A one-file submission (<c>Hw3.cs</c>) whose class <c>Q6</c> holds one honest member and, on
/// <see cref="AttackLine"/>, the member under test; every namespace an attack needs is imported on line 1.
/// </summary>
internal static class PolicySubmission
{
    public const string FileName = "Hw3.cs";

    /// <summary>The line the attacking member sits on (1-based, as diagnostics count).</summary>
    public const int AttackLine = 7;

    private const string Usings =
        "using System.Diagnostics; using System.IO; using System.Net.Http; using System.Net.Sockets; using System.Reflection; "
        + "using System.Reflection.Emit; using System.Runtime.CompilerServices; using System.Runtime.InteropServices; "
        + "using System.Threading; using System.Threading.Tasks;";

    public static SourceFile With(string member) => new(
        FileName,
        Usings + "\n"
        + "\n"
        + "public sealed class Q6\n"
        + "{\n"
        + "    public static double Scale(int d1) => 1.0 / Math.Sqrt(d1);\n"
        + "\n"
        + "    " + member + "\n"
        + "}\n");

    /// <summary>Compiles the files; the outcome must be a refusal, which is returned.</summary>
    public static async Task<CompileFailed> Refused(ISubmissionCompiler compiler, params SourceFile[] files)
    {
        var outcome = await compiler.CompileAsync(files, CancellationToken.None);
        return outcome.Should().BeOfType<CompileFailed>("the policy must refuse this submission").Which;
    }

    /// <summary>The source-policy diagnostics (HW3P…) of an outcome.</summary>
    public static IReadOnlyList<CompileDiagnostic> PolicyErrors(CompileOutcome outcome) =>
        [.. outcome.Diagnostics.Where(d => d.Code.StartsWith("HW3P", StringComparison.Ordinal))];

    public static string Describe(CompileOutcome outcome) => string.Join("\n", outcome.Diagnostics);
}
