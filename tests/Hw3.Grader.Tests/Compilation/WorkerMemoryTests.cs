using System.Text;
using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>The compile worker's GC heap limit: a submission that needs more memory fails alone, with a clear error.</summary>
public sealed class WorkerMemoryTests
{
    [Fact]
    public async Task A_compile_that_runs_out_of_the_workers_memory_limit_fails_with_HW3C005_and_the_next_compile_gets_a_fresh_worker()
    {
        await using var pool = new CompileWorkerPool(new CompileWorkerOptions { MemoryLimitBytes = 96L * 1024 * 1024, Timeout = TimeSpan.FromMinutes(2) });
        await pool.WarmUpAsync(CancellationToken.None);
        var firstWorker = pool.LiveWorkerProcessIds.Should().ContainSingle().Which;

        var outcome = await pool.CompileAsync([Large()], CancellationToken.None);

        var failed = outcome.Should().BeOfType<CompileFailed>(PolicySubmissionText(outcome)).Which;
        failed.Kind.Should().Be(CompileFailureKind.Errors);
        failed.Diagnostics.Should().ContainSingle().Which.Should().Match<CompileDiagnostic>(
            d => d.Code == CompileDiagnosticCodes.OutOfMemory && d.File == "Big.cs" && d.Message.StartsWith("the compiler ran out of memory", StringComparison.Ordinal));
        (await WorkerProcesses.WaitUntilEnded(firstWorker)).Should().BeTrue("a worker that ran out of memory is not reused");
        await AnswerSource.ShouldAnswer(pool, 11);
        pool.StartedWorkers.Should().Be(2);
    }

    [Fact]
    public void The_worker_is_started_with_its_heap_limit_in_hexadecimal()
    {
        var info = CompileWorkerLaunch.StartInfo(Hw3.Grader.Execution.ToolLocator.CompilerAssembly, memoryLimitBytes: 1024L * 1024 * 1024);

        info.Environment["DOTNET_GCHeapHardLimit"].Should().Be("0x40000000");
    }

    /// <summary>Under the 1 MB source limit, but far more than 96 MB of compiler memory: thousands of methods with lambdas and strings.</summary>
    private static SourceFile Large()
    {
        var text = new StringBuilder("using System; using System.Linq;\npublic static class Big\n{\n");
        for (var i = 0; text.Length < 900_000; i++)
        {
            text.Append("    public static double F").Append(i)
                .Append("(double[] x, int n) { var s = 0.0; for (var k = 0; k < n; k++) s += x[k % x.Length] * ").Append(i)
                .Append(".5; return s + x.Where(v => v > ").Append(i).Append(").Select(v => v * v).Sum() + $\"{n}-").Append(i).Append("\".Length; }\n");
        }

        return new SourceFile("Big.cs", text.Append("}\n").ToString());
    }

    private static string PolicySubmissionText(CompileOutcome outcome) => string.Join("\n", outcome.Diagnostics);
}
