using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Supervision;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>
/// One compile worker process and its channel (its stdin and stdout), supervised like every child of the grader
/// (<see cref="SupervisedProcess"/>: its end, its stderr kept as a log, its kill). Used by one request at a time. A
/// timeout, a crash or a protocol violation marks it <see cref="IsBroken"/> and kills it; the pool then drops it.
/// </summary>
internal sealed class CompileWorkerProcess : IAsyncDisposable
{
    private const int LogCapacity = 16 * 1024;
    private static readonly TimeSpan LogDrainWait = TimeSpan.FromSeconds(1);

    private readonly SupervisedProcess _child;
    private readonly MessageChannel _channel;
    private readonly OutputTail _log = new(LogCapacity);
    private int _nextId;
    private int _disposed;

    private CompileWorkerProcess(Process process)
    {
        _child = new SupervisedProcess(process, "compile worker", Decoded(_log));
        ProcessId = _child.Id;
        _channel = new MessageChannel(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
    }

    public int ProcessId { get; }

    /// <summary>Requests sent to this worker so far.</summary>
    public int Compiles { get; private set; }

    /// <summary>A request is in flight.</summary>
    public bool IsBusy { get; private set; }

    /// <summary>Timed out, crashed or misbehaved: never to be used again.</summary>
    public bool IsBroken { get; private set; }

    public bool HasExited => _child.HasExited;

    /// <summary>Starts a worker and waits for its ready message (it warms Roslyn up first).</summary>
    public static async Task<CompileWorkerProcess> StartAsync(ProcessStartInfo startInfo, TimeSpan startTimeout, CancellationToken cancellationToken)
    {
        var process = new Process { StartInfo = startInfo };
        try
        {
            lock (ProcessLaunchLock.Gate)
            {
                process.Start();
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            process.Dispose();
            throw new CompileWorkerStartException($"the compile worker could not be started ({startInfo.FileName}): {e.Message}", e);
        }

        var worker = new CompileWorkerProcess(process);
        try
        {
            var first = await ReadyHandshake.FirstFrameAsync(worker._channel.ReceiveAsync, worker._child)
                .WaitAsync(startTimeout, cancellationToken).ConfigureAwait(false);
            if (!ReadyHandshake.IsReady(first))
            {
                var said = first is null ? "exited" : "sent " + first.GetType().Name;
                throw new CompileWorkerStartException($"the compile worker {said} instead of getting ready; its error output: {await worker.DrainLogAsync().ConfigureAwait(false)}");
            }

            return worker;
        }
        catch (TimeoutException e)
        {
            await worker.DisposeAsync().ConfigureAwait(false);
            throw new CompileWorkerStartException($"the compile worker did not get ready within {startTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s", e);
        }
        catch (ProtocolException e)
        {
            await worker.DisposeAsync().ConfigureAwait(false);
            throw new CompileWorkerStartException("the compile worker sent something that is not a frame: " + e.Message, e);
        }
        catch
        {
            await worker.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Sends one request and waits for its response, at most <paramref name="timeout"/>; a timeout or crash of the
    /// worker is a <see cref="CompileFailed"/> carrying the worker's log. Cancellation kills the worker (its answer
    /// could no longer be matched) and throws.
    /// </summary>
    /// <param name="subject">What is compiled, as a failure message names it.</param>
    public async Task<CompileOutcome> CompileAsync(CompileRequest request, string subject, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var id = ++_nextId;
        Compiles++;
        IsBusy = true;
        var clock = Stopwatch.StartNew();
        var exchange = ExchangeAsync(request with { Id = id });
        try
        {
            var answer = await exchange.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            if (answer is CompileResponse response && response.Id == id)
            {
                if (response.Diagnostics?.Any(d => d.Code == CompileDiagnosticCodes.OutOfMemory) == true)
                {
                    Break(); // Whatever the compiler was holding when memory ran out, the next submission gets a fresh worker.
                }

                return CompileOutcome.Of(response, subject, clock.Elapsed);
            }

            Break();
            var what = answer is null ? "the compile worker exited" : "the compile worker answered with an unexpected " + answer.GetType().Name;
            return Crashed(what + "\n" + await DrainLogAsync().ConfigureAwait(false));
        }
        catch (TimeoutException)
        {
            Break();
            Observe(exchange);
            return new CompileFailed(CompileFailureKind.TimedOut, CompileFailureMessages.TimedOut(timeout), []) { CompilerLog = _log.ToString() };
        }
        catch (OperationCanceledException)
        {
            Break();
            Observe(exchange);
            throw;
        }
        catch (Exception e) when (e is IOException or ProtocolException or ObjectDisposedException)
        {
            Break();
            return Crashed(e.Message + "\n" + await DrainLogAsync().ConfigureAwait(false));
        }
        finally
        {
            IsBusy = false;
        }
    }

    /// <summary>Asks the worker to exit, waits up to <paramref name="grace"/>, then kills it.</summary>
    public async Task ShutdownAsync(TimeSpan grace)
    {
        if (!IsBroken && !HasExited)
        {
            try
            {
                using var sendLimit = new CancellationTokenSource(grace);
                await _channel.SendAsync(new ShutdownRequest(), sendLimit.Token).ConfigureAwait(false);
                await _child.WaitForExitAsync(grace).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // Killed below.
            }
        }

        await DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Kills the worker (if alive) and frees everything.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _child.KillTree();
        await SupervisedProcess.WaitQuietlyAsync(_child.ErrorDrained, LogDrainWait).ConfigureAwait(false);
        _channel.Dispose();
        _child.Release();
    }

    private async Task<Message?> ExchangeAsync(CompileRequest request)
    {
        await _channel.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
        return await _channel.ReceiveAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private void Break()
    {
        IsBroken = true;
        _child.KillTree();
    }

    /// <summary>The worker's error output once it has exited (waiting briefly for the last of it).</summary>
    private async Task<string> DrainLogAsync()
    {
        // Still running, or its log still coming, after these waits: report what there is.
        await _child.WaitForExitAsync(LogDrainWait).ConfigureAwait(false);
        await SupervisedProcess.WaitQuietlyAsync(_child.ErrorDrained, LogDrainWait).ConfigureAwait(false);
        var exit = HasExited ? " (exit code " + (_child.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "unknown") + ")" : "";
        return _log + exit;
    }

    /// <summary>A sink that decodes the worker's UTF-8 stderr into <paramref name="log"/>, a character split across two reads included.</summary>
    private static Action<byte[], int> Decoded(OutputTail log)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        return (bytes, count) =>
        {
            var chars = new char[decoder.GetCharCount(bytes, 0, count)];
            var decoded = decoder.GetChars(bytes, 0, count, chars, 0);
            log.Append(chars.AsSpan(0, decoded));
        };
    }

    private static CompileFailed Crashed(string log) =>
        new(CompileFailureKind.CompilerCrashed, CompileFailureMessages.Crashed, []) { CompilerLog = log };

    private static void Observe(Task task) =>
        task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
