using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Tests.Compilation;

namespace Hw3.Grader.Tests.Policy;

[Collection(SharedCompilerCollection.Name)]
public sealed partial class LambdaNestingTests(SharedCompilerFixture fixture)
{
    [Fact]
    public async Task A_lambda_nesting_bomb_is_refused_at_its_first_lambda_past_the_limit_long_before_the_compile_time_limit()
    {
        var clock = Stopwatch.StartNew();
        var outcome = await fixture.Pool.CompileAsync([new SourceFile("Hw3.cs", LambdaBomb.Source(LambdaBomb.Depth))], CancellationToken.None);
        clock.Stop();

        var failed = outcome.Should().BeOfType<CompileFailed>().Which;
        failed.Kind.Should().Be(CompileFailureKind.Errors, "the bomb is refused, not compiled until the worker times out");
        var refusal = failed.Diagnostics.Should().ContainSingle().Which;
        var limit = LimitIn(refusal);
        refusal.Should().Match<CompileDiagnostic>(d => d.File == "Hw3.cs" && d.Line == LambdaBomb.FirstLine + limit && d.Code == "HW3P002" && d.IsError);
        refusal.Message.Should().EndWith("the compiler's overload resolution grows exponentially with such nesting; use named methods");
        failed.Message.Should().Be($"Hw3.cs did not compile: 1 error (first: {refusal})");
        clock.Elapsed.Should().BeLessThan(LambdaBomb.Patience);
    }

    [Fact]
    public async Task Lambdas_nested_as_deep_as_the_limit_allows_compile_and_run()
    {
        var bomb = await fixture.Pool.CompileAsync([new SourceFile("Hw3.cs", LambdaBomb.Source(LambdaBomb.Depth))], CancellationToken.None);
        var limit = LimitIn(bomb.Diagnostics.Should().ContainSingle().Which);

        var outcome = await fixture.Pool.CompileAsync([new SourceFile("Hw3.cs", LambdaBomb.Source(limit))], CancellationToken.None);

        var assembly = outcome.Should().BeOfType<CompileSucceeded>(PolicySubmission.Describe(outcome)).Which.Assembly;
        AssemblyProbe.Call(assembly, "Q5", "Boom").Should().Be(1);
    }

    [Fact]
    public async Task Deep_nesting_is_refused_even_where_no_overload_would_make_it_slow()
    {
        var outcome = await fixture.Pool.CompileAsync([new SourceFile("Hw3.cs", LambdaBomb.Source(LambdaBomb.Depth, overloaded: false))], CancellationToken.None);

        var refusal = outcome.Should().BeOfType<CompileFailed>().Which.Diagnostics.Should().ContainSingle().Which;
        refusal.Code.Should().Be("HW3P002");
        refusal.Line.Should().Be(LambdaBomb.FirstLine + LimitIn(refusal));
    }

    /// <summary>The nesting limit the refusal states ("lambdas nested more than 10 deep are not allowed: …").</summary>
    private static int LimitIn(CompileDiagnostic refusal)
    {
        var match = Limit().Match(refusal.Message);
        match.Success.Should().BeTrue($"the refusal states the limit: {refusal}");
        var limit = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        limit.Should().BeInRange(2, LambdaBomb.Depth - 1);
        return limit;
    }

    [GeneratedRegex(@"^lambdas nested more than (\d+) deep are not allowed: ")]
    private static partial Regex Limit();
}
