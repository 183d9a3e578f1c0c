using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Tests.Compilation;

namespace Hw3.Grader.Tests.Policy;

/// <summary>A .csx submission is joined into one script under <c>#line</c> directives; refusals still name the student's file and line.</summary>
[Collection(SharedCompilerCollection.Name)]
public sealed class ScriptPolicyTests(SharedCompilerFixture fixture)
{
    [Fact]
    public async Task A_violation_in_the_second_csx_file_is_reported_with_that_files_name_and_line()
    {
        var first = new SourceFile("A.csx", "using System;\n\nstatic double Root(double x) => Math.Sqrt(x);\n");
        var second = new SourceFile(
            "B.csx",
            "// helpers\nusing System.IO;\n\npublic static class Q6\n{\n    public static string Peek() => File.ReadAllText(\"/autograder/rubric.json\");\n}\n");

        var failed = await PolicySubmission.Refused(fixture.Pool, second, first);

        var refusal = PolicySubmission.PolicyErrors(failed).Should().ContainSingle(PolicySubmission.Describe(failed)).Which;
        refusal.Should().Match<CompileDiagnostic>(d =>
            d.File == "B.csx" && d.Line == 6 && d.Column == "    public static string Peek() => File.".Length + 1 && d.Code == "HW3P001"
            && d.Message == "System.IO.File.ReadAllText is not allowed: file access (the grader runs your code with no files to read or write)");
        failed.Message.Should().Be($"the submission did not compile: 1 error (first: {refusal})");
    }

    [Fact]
    public async Task A_top_level_statement_of_a_script_and_its_using_static_directive_are_judged_like_any_other_code()
    {
        var script = new SourceFile("Hw3.csx", "using static System.Environment;\n\nvar home = GetEnvironmentVariable(\"HOME\");\npublic static class Q1 { public static double InitScale(int d1, int d2) => 1 / Math.Sqrt(d1); }\n");

        var failed = await PolicySubmission.Refused(fixture.Pool, script);

        PolicySubmission.PolicyErrors(failed).Select(d => (d.File, d.Line, d.Message[..d.Message.IndexOf(" is not allowed", StringComparison.Ordinal)]))
            .Should().Equal(("Hw3.csx", 1, "System.Environment"), ("Hw3.csx", 3, "System.Environment.GetEnvironmentVariable"));
    }
}
