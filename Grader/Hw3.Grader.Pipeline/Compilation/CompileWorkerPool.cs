using System.Collections.Concurrent;
using System.Diagnostics;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>
/// Compiles submissions in up to <see cref="CompileWorkerOptions.Workers"/> long-lived compile worker
/// processes (Roslyn never loads into the grader). Thread-safe. A worker is started on first need
/// (or by <see cref="WarmUpAsync"/>), reused, recycled after <see cref="CompileWorkerOptions.RecycleAfter"/>
/// compilations, and killed and replaced (lazily) when it times out or dies: that costs the one
/// submission it was compiling, never the grader.
/// </summary>
public sealed class CompileWorkerPool : ISubmissionCompiler
{
    private readonly CompileWorkerOptions _options;
    private readonly Func<ProcessStartInfo> _startInfo;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentQueue<CompileWorkerProcess> _idle = new();
    private readonly ConcurrentDictionary<CompileWorkerProcess, byte> _live = new();
    private readonly ConcurrentDictionary<Task, byte> _retiring = new();
    private int _started;
    private int _disposed;

    public CompileWorkerPool(CompileWorkerOptions options)
        : this(options, () => CompileWorkerLaunch.StartInfo(ToolLocator.CompilerAssembly, options.FullyOptimized, options.MemoryLimitBytes))
    {
    }

    internal CompileWorkerPool(CompileWorkerOptions options, Func<ProcessStartInfo> startInfo)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _startInfo = startInfo;
        _slots = new SemaphoreSlim(options.Workers, options.Workers);
    }

    public CompileWorkerOptions Options => _options;

    /// <summary>Worker processes started so far (test hook).</summary>
    internal int StartedWorkers => Volatile.Read(ref _started);

    /// <summary>Process ids of all running workers, idle or busy (test hook).</summary>
    internal IReadOnlyList<int> LiveWorkerProcessIds => [.. _live.Keys.Select(w => w.ProcessId)];

    /// <summary>Process ids of the workers compiling right now (test hook: kill one to simulate a crash).</summary>
    internal IReadOnlyList<int> BusyWorkerProcessIds => [.. _live.Keys.Where(w => w.IsBusy).Select(w => w.ProcessId)];

    /// <summary>Starts every worker that is not running yet and waits until all are warm and ready.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        var held = 0;
        try
        {
            for (; held < _options.Workers; held++)
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            var ready = _idle.Count(w => !w.HasExited);
            await Task.WhenAll(Enumerable.Range(0, Math.Max(0, _options.Workers - ready))
                .Select(async _ => _idle.Enqueue(await StartWorkerAsync(cancellationToken).ConfigureAwait(false))))
                .ConfigureAwait(false);
        }
        finally
        {
            if (held > 0)
            {
                _slots.Release(held);
            }
        }
    }

    public Task<CompileOutcome> CompileAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        return RunAsync(new CompileRequest(0, files, LanguageLayerOff: _options.LanguageLayerOffForTests), CompileFailureMessages.Subject(files), cancellationToken);
    }

    public Task<CompileOutcome> CompileExpressionAsync(
        string expression,
        IReadOnlyList<SourceFile> submissionFiles,
        byte[] submissionAssembly,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(submissionFiles);
        ArgumentNullException.ThrowIfNull(submissionAssembly);
        return RunAsync(
            new CompileRequest(0, submissionFiles, expression, submissionAssembly),
            CompileFailureMessages.ExpressionSubject,
            cancellationToken);
    }

    /// <summary>Asks every idle worker to exit, kills busy ones and stragglers, and waits for all of them.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        var endings = new List<Task>();
        while (_idle.TryDequeue(out var idle))
        {
            endings.Add(EndAsync(idle, graceful: true));
        }

        endings.AddRange(_live.Keys.Select(busy => EndAsync(busy, graceful: false)));
        endings.AddRange(_retiring.Keys);
        await Task.WhenAll(endings).ConfigureAwait(false);
    }

    private async Task<CompileOutcome> RunAsync(CompileRequest request, string subject, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        if (SourceLimits.Check(request.Files, request.Expression, _options) is { } tooLarge)
        {
            return tooLarge;
        }

        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        CompileWorkerProcess? worker = null;
        try
        {
            worker = await RentAsync(cancellationToken).ConfigureAwait(false);
            return await worker.CompileAsync(request, subject, _options.Timeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (worker is not null)
            {
                GiveBack(worker);
            }

            _slots.Release();
        }
    }

    private async Task<CompileWorkerProcess> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryDequeue(out var idle))
        {
            if (!idle.HasExited)
            {
                return idle;
            }

            Retire(idle, graceful: false);
        }

        return await StartWorkerAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<CompileWorkerProcess> StartWorkerAsync(CancellationToken cancellationToken)
    {
        var worker = await CompileWorkerProcess.StartAsync(_startInfo(), _options.StartTimeout, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _started);
        _live[worker] = 0;
        return worker;
    }

    private void GiveBack(CompileWorkerProcess worker)
    {
        if (worker.IsBroken || worker.HasExited || Volatile.Read(ref _disposed) == 1)
        {
            Retire(worker, graceful: false);
        }
        else if (worker.Compiles >= _options.RecycleAfter)
        {
            Retire(worker, graceful: true);
        }
        else
        {
            _idle.Enqueue(worker);
        }
    }

    /// <summary>Ends a worker in the background; <see cref="DisposeAsync"/> waits for it.</summary>
    private void Retire(CompileWorkerProcess worker, bool graceful)
    {
        var ending = EndAsync(worker, graceful);
        _retiring[ending] = 0;
        ending.ContinueWith(t => _retiring.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private async Task EndAsync(CompileWorkerProcess worker, bool graceful)
    {
        _live.TryRemove(worker, out _);
        if (graceful)
        {
            await worker.ShutdownAsync(_options.ShutdownGrace).ConfigureAwait(false);
        }
        else
        {
            await worker.DisposeAsync().ConfigureAwait(false);
        }
    }
}
