using System.Diagnostics;
using System.Globalization;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>
/// One compile worker process and its channel. Used by one request at a time. A timeout, a crash or a
/// protocol violation marks it <see cref="IsBroken"/> and kills it; the pool then drops it.
/// </summary>
internal sealed class CompileWorkerProcess : IAsyncDisposable
{
    private const int LogCapacity = 16 * 1024;
    private static readonly TimeSpan LogDrainWait = TimeSpan.FromSeconds(1);

    private readonly Process _process;
    private readonly MessageChannel _channel;
    private readonly OutputTail _log = new(LogCapacity);
    private readonly Task _logPump;
    private int _nextId;
    private int _disposed;

    private CompileWorkerProcess(Process process)
    {
        _process = process;
        ProcessId = process.Id;
        _channel = new MessageChannel(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        _logPump = PumpLogAsync(process.StandardError);
    }

    public int ProcessId { get; }

    /// <summary>Requests sent to this worker so far.</summary>
    public int Compiles { get; private set; }

    /// <summary>A request is in flight.</summary>
    public bool IsBusy { get; private set; }

    /// <summary>Timed out, crashed or misbehaved: never to be used again.</summary>
    public bool IsBroken { get; private set; }

    public bool HasExited
    {
        get
        {
            try
            {
                return _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

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
            var first = await worker._channel.ReceiveAsync(CancellationToken.None).WaitAsync(startTimeout, cancellationToken).ConfigureAwait(false);
            if (first is not ReadyMessage { ProtocolVersion: ReadyMessage.CurrentProtocolVersion })
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
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(grace).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or TimeoutException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
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

        Kill();
        await _logPump.WaitAsync(LogDrainWait).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        _channel.Dispose();
        _process.Dispose();
    }

    private async Task<Message?> ExchangeAsync(CompileRequest request)
    {
        await _channel.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
        return await _channel.ReceiveAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private void Break()
    {
        IsBroken = true;
        Kill();
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>The worker's error output once it has exited (waiting briefly for the last of it).</summary>
    private async Task<string> DrainLogAsync()
    {
        try
        {
            await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(LogDrainWait).ConfigureAwait(false);
            await _logPump.WaitAsync(LogDrainWait).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or ObjectDisposedException)
        {
            // Still running, or already disposed by the pool shutting down: report what there is.
        }

        var exit = HasExited ? " (exit code " + SafeExitCode() + ")" : "";
        return _log + exit;
    }

    private string SafeExitCode()
    {
        try
        {
            return _process.ExitCode.ToString(CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "unknown";
        }
    }

    private async Task PumpLogAsync(StreamReader error)
    {
        var buffer = new char[4096];
        try
        {
            int read;
            while ((read = await error.ReadAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false)) > 0)
            {
                _log.Append(buffer.AsSpan(0, read));
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The worker is gone.
        }
    }

    private static CompileFailed Crashed(string log) =>
        new(CompileFailureKind.CompilerCrashed, CompileFailureMessages.Crashed, []) { CompilerLog = log };

    private static void Observe(Task task) =>
        task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
