using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Tests.Compilation;

namespace Hw3.Grader.Tests.Policy;

/// <summary>
/// The policy judges symbols, not text: names hidden behind <c>using static</c>, aliases, full
/// qualification, <c>var</c>, or a <c>#line</c> directive must still be refused where they are used.
/// </summary>
[Collection(SharedCompilerCollection.Name)]
public sealed class PolicyEvasionTests(SharedCompilerFixture fixture)
{
    [Theory]
    [InlineData("using static System.Environment;", "public static int Attack() { Exit(0); return 0; }", "System.Environment.Exit")]
    [InlineData("using Disk = System.IO.File;", "public static string Attack() => Disk.ReadAllText(\"/etc/shadow\");", "System.IO.File.ReadAllText")]
    [InlineData("", "public static string Attack() => global::System.IO.File.ReadAllText(\"/etc/shadow\");", "a value of type System.IO.File")]
    [InlineData("", "public static object Attack() { var t = typeof(Q6).Assembly; return t; }", "a value of type System.Reflection.Assembly")]
    [InlineData("", "public static object Attack() { Func<int> f = () => 1; return f.Method; }", "a value of type System.Reflection.MethodInfo")]
    public async Task A_refused_api_is_found_whatever_name_it_hides_behind(string usingDirective, string member, string api)
    {
        var source = new SourceFile("Hw3.cs", usingDirective + "\n\npublic sealed class Q6\n{\n    " + member + "\n}\n");

        var failed = await PolicySubmission.Refused(fixture.Pool, source);

        PolicySubmission.PolicyErrors(failed).Should().Contain(
            d => d.File == "Hw3.cs" && d.Line == 5 && d.Message.StartsWith(api + " is not allowed: ", StringComparison.Ordinal),
            PolicySubmission.Describe(failed));
    }

    [Fact]
    public async Task A_refused_api_is_found_in_a_helper_file_and_reported_in_that_file()
    {
        var main = new SourceFile("Hw3.cs", "public static class Q5 { public static string F() => Helpers.Peek(); }");
        var helper = new SourceFile("src/Helpers.cs", "static class Helpers\n{\n    public static string Peek() => System.IO.File.ReadAllText(\"/etc/passwd\");\n}\n");

        var failed = await PolicySubmission.Refused(fixture.Pool, main, helper);

        PolicySubmission.PolicyErrors(failed).Should().ContainSingle().Which.Should().Match<CompileDiagnostic>(
            d => d.File == "src/Helpers.cs" && d.Line == 3 && d.Code == "HW3P001");
    }

    /// <summary>
    /// The policy decides which diagnostics belong to the student by the file name a location maps to, and a
    /// student's own <c>#line</c> directive would choose that name: such directives are refused (HW3P003).
    /// </summary>
    [Fact]
    public async Task A_line_directive_naming_the_generated_usings_file_does_not_hide_a_refused_api()
    {
        var source = new SourceFile(
            "Hw3.cs",
            "#line 1 \"<implicit usings>\"\npublic static class Q6 { public static string Rubric() => System.IO.File.ReadAllText(\"/autograder/rubric.json\"); }\n");

        var outcome = await fixture.Pool.CompileAsync([source], CancellationToken.None);

        outcome.Should().BeOfType<CompileFailed>("a #line directive must not take code out of the policy's reach")
            .Which.Diagnostics.Should().Contain(d => d.Code == "HW3P001" || (d.Code == "HW3P003" && d.File == "Hw3.cs" && d.Line == 1));
    }

    /// <summary>Same cause: the lambda-nesting check filters by mapped file name too; the <c>#line</c> directive is refused first.</summary>
    [Fact]
    public async Task A_line_directive_does_not_hide_a_lambda_nesting_bomb()
    {
        // Without the second overload binding is linear: fast even while the hole is open, and still too deep.
        var source = new SourceFile("Hw3.cs", "#line 1 \"<implicit usings>\"\n" + LambdaBomb.Source(LambdaBomb.Depth, overloaded: false));

        var outcome = await fixture.Pool.CompileAsync([source], CancellationToken.None);

        outcome.Should().BeOfType<CompileFailed>($"lambdas nested {LambdaBomb.Depth} deep are past the limit")
            .Which.Diagnostics.Should().Contain(d => d.Code == "HW3P002" || (d.Code == "HW3P003" && d.File == "Hw3.cs" && d.Line == 1));
    }

    /// <summary>
    /// HOLE: <see cref="Progress{T}"/> sits in the allowed System namespace and posts every report to the
    /// thread pool: a student callback that runs on another thread, after the call returned.
    /// </summary>
    [Fact]
    public async Task A_progress_report_which_runs_its_handler_on_the_thread_pool_is_refused_as_a_thread()
    {
        var source = PolicySubmission.With("public static int Attack() { IProgress<int> later = new Progress<int>(_ => { while (true) { } }); later.Report(0); return 1; }");

        var outcome = await fixture.Pool.CompileAsync([source], CancellationToken.None);

        outcome.Should().BeOfType<CompileFailed>("Progress<T> runs student code on a thread-pool thread")
            .Which.Diagnostics.Should().Contain(d => d.Code == "HW3P001" && d.Message.Contains("threads", StringComparison.Ordinal));
    }
}
