using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Compilation;

[Collection(SharedCompilerCollection.Name)]
public sealed class ExpressionCompilationTests(SharedCompilerFixture fixture)
{
    private const string Q1Source = "public static class Q1 { public static double InitScale(int d1, int d2) => 1 / Math.Sqrt(d1); }";

    private async Task<(IReadOnlyList<SourceFile> Files, byte[] Assembly)> Submission(string fileName)
    {
        IReadOnlyList<SourceFile> files = [new SourceFile(fileName, Q1Source)];
        var outcome = await fixture.Pool.CompileAsync(files, CancellationToken.None);
        return (files, outcome.Should().BeOfType<CompileSucceeded>().Which.Assembly);
    }

    [Fact]
    public async Task An_expression_compiles_against_a_compiled_cs_submission_and_evaluates_through_its_factory()
    {
        var (files, submission) = await Submission("Hw3.cs");

        var outcome = await fixture.Pool.CompileExpressionAsync("Q1.InitScale(16, 4) + new List<double> { 1, 2 }.Sum()", files, submission, CancellationToken.None);

        var expression = outcome.Should().BeOfType<CompileSucceeded>().Which.Assembly;
        AssemblyProbe.Evaluate(submission, expression).Should().Be((1 / Math.Sqrt(16)) + 3.0);
    }

    [Fact]
    public async Task An_expression_compiles_against_a_csx_submission_by_joining_the_script()
    {
        var (files, submission) = await Submission("Hw3.csx");

        var outcome = await fixture.Pool.CompileExpressionAsync("Q1.InitScale(64, 1)", files, submission, CancellationToken.None);

        var expression = outcome.Should().BeOfType<CompileSucceeded>().Which.Assembly;
        AssemblyProbe.Evaluate(submission, expression).Should().Be(1 / Math.Sqrt(64));
    }

    [Fact]
    public async Task Errors_in_an_expression_are_located_in_the_expression()
    {
        var (files, submission) = await Submission("Hw3.cs");

        var outcome = await fixture.Pool.CompileExpressionAsync("Q1.InitScale(16, 4) + Q9.Missing", files, submission, CancellationToken.None);

        var failed = outcome.Should().BeOfType<CompileFailed>().Which;
        var error = failed.Diagnostics.Should().ContainSingle().Which;
        (error.File, error.Line, error.Column, error.Code).Should().Be(("<expression>", 1, "Q1.InitScale(16, 4) + ".Length + 1, "CS0103"));
        failed.Message.Should().Be($"the expression did not compile: 1 error (first: {error})");
    }

    [Fact]
    public async Task Errors_in_an_expression_over_a_csx_submission_are_located_in_the_expression_too()
    {
        var (files, submission) = await Submission("Hw3.csx");

        var outcome = await fixture.Pool.CompileExpressionAsync("Q1.InitScale(\"sixteen\", 4)", files, submission, CancellationToken.None);

        var error = outcome.Should().BeOfType<CompileFailed>().Which.Diagnostics.Should().ContainSingle().Which;
        (error.File, error.Line).Should().Be(("<expression>", 1));
    }
}
