using Hw3.Grader.Compilation;
using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Sandbox;

namespace Hw3.Grader.Autograder;

/// <summary>
/// The processes one container's grade needs, started when the grader starts rather than when grading reaches them.
/// A container grades one submission cold: its compile worker takes about a second to get ready (Roslyn's warm-up,
/// even precompiled) and its first runner a tenth of one, while the grader spends a few tenths reading the rubric,
/// the metadata and the submission on the other core. Begun first, the worker warms up and the sandbox is probed
/// during that reading, and the submission's runner starts while the submission compiles, instead of each
/// waiting its turn (bench/README.md, "Cold single-submission time"). Nothing changes in what runs where: the same
/// compile worker, the same sandboxed runners, started earlier.
/// </summary>
public sealed class EarlyStart : IAsyncDisposable
{
    private readonly Task _compilerReady;
    private readonly Task<SandboxCapabilities> _sandbox;
    private RunnerFactory? _runners;

    private EarlyStart(CompileWorkerPool compiler, CancellationToken cancellationToken)
    {
        Compiler = compiler;
        _compilerReady = compiler.WarmUpAsync(cancellationToken);
        // Probing starts processes and waits for them: on a thread of its own, not the caller's.
        _sandbox = Task.Run(() => RunnerSandbox.Capabilities, cancellationToken);
    }

    /// <summary>Starts <paramref name="compiler"/>'s worker (its warm-up) and the sandbox probe, and returns at once; disposing this disposes the pool.</summary>
    public static EarlyStart Begin(CompileWorkerPool compiler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        return new(compiler, cancellationToken);
    }

    /// <summary>
    /// The compile worker pool, its worker getting ready. A worker that cannot start is reported by the compilation that
    /// needs it, as it would be without the early start (the pool starts another then, which fails the same way).
    /// </summary>
    public CompileWorkerPool Compiler { get; }

    /// <summary>
    /// The runners <paramref name="create"/> makes once the sandbox probe begun early has ended (so that it does not
    /// probe again), one started ahead and no more: a submission's calls, every visibility group in order, run in one
    /// runner (<c>SubmissionGrader</c>); a crash costs a fresh one, started then. Call once; disposed with this.
    /// </summary>
    public async Task<IRunnerFactory> RunnersAsync(Func<RunnerFactory> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (_runners is not null)
        {
            throw new InvalidOperationException("the runners were made already");
        }

        await _sandbox.ConfigureAwait(false);
        _runners = create().WithPreStartedRunners(1, inAll: 1);
        return _runners;
    }

    /// <summary>Stops the runners still waiting and the compile worker, once its start has ended either way.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _compilerReady.ConfigureAwait(false);
        }
        catch (Exception e) when (e is CompileWorkerStartException or OperationCanceledException)
        {
            // See Compiler: the compilation reports it (or grading was cancelled).
        }

        if (_runners is not null)
        {
            await _runners.DisposeAsync().ConfigureAwait(false);
        }

        await Compiler.DisposeAsync().ConfigureAwait(false);
    }
}
