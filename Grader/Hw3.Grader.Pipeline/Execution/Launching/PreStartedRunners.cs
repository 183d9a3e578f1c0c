using Hw3.Grader.Execution.Output;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// Keeps a few runner processes started ahead of need, so a session does not wait for a process to start
/// and announce itself. Each waits, empty, for its LoadRequest; <see cref="Acquire"/> hands one to exactly
/// one session (which owns it from then on: it is never handed out again) and starts a replacement in the
/// background, unless <c>inAll</c> runners were started ahead already. A runner that died while waiting is stopped
/// and skipped. <see cref="DisposeAsync"/> stops every runner still waiting, so nothing outlives the factory.
/// </summary>
/// <param name="count">Runners kept waiting.</param>
/// <param name="inAll">Runners started ahead over the pool's life (null: no limit).</param>
internal sealed class PreStartedRunners(RunnerLauncher launcher, int count, int? inAll = null) : IRunnerSource, IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Queue<(RunnerProcess Runner, OutputRelay Output)> _waiting = new();
    private readonly List<Task> _refills = [];
    private int _starting;
    private int _startedInAll;
    private bool _disposed;

    /// <summary>Runners started ahead so far, claimed or not (test hook).</summary>
    internal int StartedAhead
    {
        get
        {
            lock (_lock)
            {
                return _startedInAll;
            }
        }
    }

    /// <summary>The runners started and not yet claimed, oldest first.</summary>
    public IReadOnlyList<RunnerProcess> Waiting
    {
        get
        {
            lock (_lock)
            {
                return [.. _waiting.Select(w => w.Runner)];
            }
        }
    }

    public RunnerProcess Acquire(OutputCapture output)
    {
        (RunnerProcess Runner, OutputRelay Output)? taken = null;
        var dead = new List<RunnerProcess>();
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            while (_waiting.TryDequeue(out var next))
            {
                if (next.Runner.HasEnded || next.Runner.Ready is { IsCompleted: true, Result: false })
                {
                    dead.Add(next.Runner);
                    continue;
                }

                taken = next;
                break;
            }
        }

        foreach (var runner in dead)
        {
            _ = runner.StopAsync();
        }

        Refill();
        if (taken is { } claimed)
        {
            claimed.Output.Attach(output);
            return claimed.Runner;
        }

        return launcher.Acquire(output);
    }

    /// <summary>Starts runners in the background until <c>count</c> wait or are on their way (or <c>inAll</c> were started).</summary>
    public void Refill()
    {
        lock (_lock)
        {
            while (!_disposed && _waiting.Count + _starting < count && (inAll is null || _startedInAll < inAll))
            {
                _starting++;
                _startedInAll++;
                _refills.RemoveAll(task => task.IsCompleted);
                _refills.Add(Task.Run(StartOne));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] refills;
        List<RunnerProcess> waiting;
        lock (_lock)
        {
            _disposed = true;
            refills = [.. _refills];
            waiting = [.. _waiting.Select(w => w.Runner)];
            _waiting.Clear();
        }

        await Task.WhenAll(refills).ConfigureAwait(false);
        await Task.WhenAll(waiting.Select(runner => runner.StopAsync())).ConfigureAwait(false);
    }

    private async Task StartOne()
    {
        RunnerProcess? runner = null;
        try
        {
            var output = new OutputRelay();
            runner = launcher.Launch(output);
            lock (_lock)
            {
                _starting--;
                if (!_disposed)
                {
                    _waiting.Enqueue((runner, output));
                    return;
                }
            }
        }
        catch (RunnerStartException)
        {
            lock (_lock)
            {
                _starting--;
            }

            // The next Acquire launches directly and reports the failure.
            return;
        }

        await runner.StopAsync().ConfigureAwait(false);
    }
}
