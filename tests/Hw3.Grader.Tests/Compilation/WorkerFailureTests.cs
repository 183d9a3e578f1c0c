using System.Diagnostics;
using Hw3.Grader.Compilation;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>A hang, a crash or a cancellation costs one compile, never the pool: each test owns its pool.</summary>
public sealed class WorkerFailureTests
{
    [Fact]
    public async Task A_compile_that_runs_past_the_timeout_is_killed_and_the_next_compile_still_works()
    {
        await using var pool = new CompileWorkerPool(new CompileWorkerOptions { Timeout = TimeSpan.FromSeconds(3) });
        await pool.WarmUpAsync(CancellationToken.None);
        var firstWorker = pool.LiveWorkerProcessIds.Should().ContainSingle().Which;

        var slow = await pool.CompileAsync([SlowSource.File()], CancellationToken.None);

        slow.Should().BeEquivalentTo(
            new CompileFailed(CompileFailureKind.TimedOut, "compilation did not finish within 3 s", []),
            options => options.Excluding(failed => failed.CompilerLog));
        (await WorkerProcesses.WaitUntilEnded(firstWorker)).Should().BeTrue();
        await AnswerSource.ShouldAnswer(pool, 42);
        pool.StartedWorkers.Should().Be(2);
    }

    [Fact]
    public async Task A_worker_that_dies_mid_compile_costs_that_compile_only()
    {
        await using var pool = new CompileWorkerPool(new CompileWorkerOptions { Timeout = TimeSpan.FromMinutes(2) });
        await pool.WarmUpAsync(CancellationToken.None);

        var compiling = pool.CompileAsync([SlowSource.File()], CancellationToken.None);
        using (var victim = Process.GetProcessById(await WorkerProcesses.Busy(pool)))
        {
            victim.Kill();
        }

        var failed = (await compiling.WaitAsync(TimeSpan.FromSeconds(20))).Should().BeOfType<CompileFailed>().Which;
        failed.Kind.Should().Be(CompileFailureKind.CompilerCrashed);
        failed.Message.Should().Be(CompileFailureMessages.Crashed);
        failed.CompilerLog.Should().NotBeNull();
        await AnswerSource.ShouldAnswer(pool, 7);
        pool.StartedWorkers.Should().Be(2);
    }

    [Fact]
    public async Task Cancelling_a_compile_throws_kills_its_worker_and_the_pool_keeps_working()
    {
        await using var pool = new CompileWorkerPool(new CompileWorkerOptions());
        await pool.WarmUpAsync(CancellationToken.None);
        var firstWorker = pool.LiveWorkerProcessIds.Should().ContainSingle().Which;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await pool.Invoking(p => p.CompileAsync([SlowSource.File()], cancel.Token)).Should().ThrowAsync<OperationCanceledException>();

        (await WorkerProcesses.WaitUntilEnded(firstWorker)).Should().BeTrue();
        await AnswerSource.ShouldAnswer(pool, 5);
    }
}
