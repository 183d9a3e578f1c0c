using Hw3.Grader.Compilation;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>Limits, recycling and shutting down: each test owns its pool.</summary>
public sealed class WorkerLifecycleTests
{
    [Fact]
    public async Task Too_much_source_is_refused_as_too_large_without_starting_a_compiler()
    {
        await using var pool = new CompileWorkerPool(new CompileWorkerOptions { MaxSourceBytes = 1000, MaxFiles = 2 });
        var big = new SourceFile("Hw3.cs", "// " + new string('x', 2045));
        var many = Enumerable.Range(0, 3).Select(AnswerSource.File).ToList();

        var tooBig = await pool.CompileAsync([big], CancellationToken.None);
        var tooMany = await pool.CompileAsync(many, CancellationToken.None);
        var bigExpression = await pool.CompileExpressionAsync(new string('1', 1001), [], [], CancellationToken.None);

        tooBig.Should().BeEquivalentTo(new CompileFailed(CompileFailureKind.TooLarge, "the submission's source is 2 KB; the limit is 1000 bytes", []));
        tooMany.Should().BeEquivalentTo(new CompileFailed(CompileFailureKind.TooLarge, "the submission has 3 source files; the limit is 2", []));
        bigExpression.Should().BeOfType<CompileFailed>().Which.Kind.Should().Be(CompileFailureKind.TooLarge);
        pool.StartedWorkers.Should().Be(0);
    }

    [Fact]
    public async Task A_worker_is_recycled_after_the_configured_number_of_compiles_and_compiling_goes_on()
    {
        await using var pool = new CompileWorkerPool(new CompileWorkerOptions { RecycleAfter = 2 });
        await pool.WarmUpAsync(CancellationToken.None);
        var firstWorker = pool.LiveWorkerProcessIds.Should().ContainSingle().Which;

        await AnswerSource.ShouldAnswer(pool, 1);
        await AnswerSource.ShouldAnswer(pool, 2);
        await AnswerSource.ShouldAnswer(pool, 3);

        pool.StartedWorkers.Should().Be(2);
        pool.LiveWorkerProcessIds.Should().NotContain(firstWorker);
        (await WorkerProcesses.WaitUntilEnded(firstWorker)).Should().BeTrue();
    }

    [Fact]
    public async Task A_fully_optimised_worker_runs_without_tiered_compilation_and_compiles_like_any_other()
    {
        await using var pool = new CompileWorkerPool(new CompileWorkerOptions { FullyOptimized = true });
        await pool.WarmUpAsync(CancellationToken.None);
        var worker = pool.LiveWorkerProcessIds.Should().ContainSingle().Which;

        if (OperatingSystem.IsLinux())
        {
            var environment = (await File.ReadAllTextAsync($"/proc/{worker}/environ")).Split('\0');
            environment.Should().Contain("DOTNET_TieredCompilation=0");
        }

        await AnswerSource.ShouldAnswer(pool, 7);
    }

    [Fact]
    public void Only_a_worker_asked_to_be_fully_optimised_is_started_with_tiered_compilation_off()
    {
        var tiered = CompileWorkerLaunch.StartInfo(ToolLocator.CompilerAssembly);
        var optimised = CompileWorkerLaunch.StartInfo(ToolLocator.CompilerAssembly, fullyOptimized: true);

        tiered.Environment.Should().NotContainKey("DOTNET_TieredCompilation");
        optimised.Environment.Should().Contain("DOTNET_TieredCompilation", "0");
    }

    [Fact]
    public async Task Disposing_the_pool_ends_every_worker_process()
    {
        var pool = new CompileWorkerPool(new CompileWorkerOptions { Workers = 2 });
        await pool.WarmUpAsync(CancellationToken.None);
        var workers = pool.LiveWorkerProcessIds;

        await pool.DisposeAsync();

        workers.Should().HaveCount(2).And.OnlyContain(pid => WorkerProcesses.HasEnded(pid));
        await pool.Invoking(p => p.CompileAsync([AnswerSource.File(1)], CancellationToken.None)).Should().ThrowAsync<ObjectDisposedException>();
    }
}
