using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>
/// The test-only switch that compiles without the language layer (the hostile corpus's runtime-* folders): off by
/// default, and when on the worker says so, so the report can.
/// </summary>
public sealed class LanguageLayerSwitchTests
{
    private static readonly SourceFile ReadsAFile = new("Hw3.cs", "public static class Q6 { public static string Collaborators => System.IO.File.ReadAllText(\"/etc/hostname\"); }");

    [Fact]
    public async Task A_default_pool_keeps_the_language_layer_and_refuses_file_access()
    {
        new CompileWorkerOptions().LanguageLayerOffForTests.Should().BeFalse();
        await using var pool = new CompileWorkerPool(new CompileWorkerOptions());

        var outcome = await pool.CompileAsync([ReadsAFile], CancellationToken.None);

        outcome.Should().BeOfType<CompileFailed>().Which.Diagnostics.Should().Contain(d => d.Code.StartsWith("HW3P", StringComparison.Ordinal));
        outcome.LanguageLayerOff.Should().BeFalse();
    }

    [Fact]
    public async Task A_pool_with_the_language_layer_off_emits_file_access_and_says_the_layer_was_off()
    {
        await using var pool = new CompileWorkerPool(new CompileWorkerOptions { LanguageLayerOffForTests = true });

        var outcome = await pool.CompileAsync([ReadsAFile], CancellationToken.None);

        outcome.Should().BeOfType<CompileSucceeded>().Which.LanguageLayerOff.Should().BeTrue();
    }
}
