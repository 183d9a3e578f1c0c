using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using Hw3.Grader.Execution.Output;
using Hw3.Grader.Execution.Wording;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// One live runner process: its protocol channel, its drained stdout and stderr, its private working
/// directory. Every blocking pipe operation runs on a thread of its own; waiting for an answer races it
/// against the time limit and the process's exit. <see cref="StopAsync"/> leaves nothing behind.
/// </summary>
internal sealed class RunnerProcess : IAsyncDisposable
{
    /// <summary>After the process ended, how long an answer it wrote just before may take to arrive.</summary>
    private static readonly TimeSpan ReplyGrace = TimeSpan.FromMilliseconds(300);
    /// <summary>How long to wait for a process (and its stderr) to finish ending before judging it.</summary>
    private static readonly TimeSpan EndGrace = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(1);

    private readonly Process _process;
    private readonly MessageChannel _channel;
    private readonly DirectoryInfo _workingDirectory;
    private readonly StreamDrain _stdout;
    private readonly StreamDrain _stderr;
    private int _announcedProcessId;
    private int _stopped;

    public RunnerProcess(
        Process process,
        AnonymousPipeServerStream toRunner,
        AnonymousPipeServerStream fromRunner,
        DirectoryInfo workingDirectory,
        OutputCapture output)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        _channel = new MessageChannel(new SynchronousStream(fromRunner), new SynchronousStream(toRunner));
        process.StandardInput.Close();
        _stdout = new StreamDrain(process.StandardOutput.BaseStream, "runner stdout", output.Append);
        _stderr = new StreamDrain(process.StandardError.BaseStream, "runner stderr", output.Append, Signals.Append);
    }

    /// <summary>What the runtime printed on stderr since the last request.</summary>
    public CrashSignals Signals { get; } = new();

    public bool HasEnded => _process.HasExited;

    /// <summary>Waits for the runner to announce itself, sends the assemblies, returns its answer.</summary>
    /// <exception cref="RunnerStartException">The runner did not get ready in time, or ended first.</exception>
    public async Task<LoadResponse> StartAsync(IReadOnlyList<byte[]> assemblies, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var io = OnOwnThread(() =>
        {
            if (Receive() is not ReadyMessage ready || ready.ProtocolVersion != ReadyMessage.CurrentProtocolVersion)
            {
                return null;
            }

            Volatile.Write(ref _announcedProcessId, ready.ProcessId);
            Send(new LoadRequest(assemblies));
            return Receive();
        });

        var exchange = await WaitAsync(io, timeout, cancellationToken).ConfigureAwait(false);
        return exchange switch
        {
            { Reply: LoadResponse loaded } => loaded,
            { End: ExchangeEnd.TimedOut } => throw new RunnerStartException(
                $"the runner did not get ready within {LimitText.Seconds(timeout)} s"),
            _ => throw new RunnerStartException(await DescribeFailedStartAsync().ConfigureAwait(false)),
        };
    }

    /// <summary>Sends one request and waits, at most <paramref name="timeout"/>, for the answer.</summary>
    public Task<Exchange> ExchangeAsync(Message request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Signals.Reset();
        var io = OnOwnThread(() =>
        {
            Send(request);
            return Receive();
        });
        return WaitAsync(io, timeout, cancellationToken);
    }

    /// <summary>After <see cref="ExchangeEnd.Ended"/>: waits briefly for the process and its stderr to finish; its exit code, or null if it still runs.</summary>
    public async Task<int?> WaitForEndAsync()
    {
        await WaitQuietlyAsync(_process.WaitForExitAsync(), EndGrace).ConfigureAwait(false);
        await WaitQuietlyAsync(_stderr.Completion, EndGrace).ConfigureAwait(false);
        return _process.HasExited ? _process.ExitCode : null;
    }

    /// <summary>Asks the runner to exit, then makes sure it did.</summary>
    public async Task ShutdownAsync()
    {
        if (!_process.HasExited)
        {
            _ = OnOwnThread(() =>
            {
                Send(new ShutdownRequest());
                return null;
            });
            await WaitQuietlyAsync(_process.WaitForExitAsync(), ShutdownGrace).ConfigureAwait(false);
        }

        await StopAsync().ConfigureAwait(false);
    }

    /// <summary>Kills the runner and everything it started, then removes its pipes and working directory.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        KillEverything();
        await WaitQuietlyAsync(_process.WaitForExitAsync(), EndGrace).ConfigureAwait(false);
        await WaitQuietlyAsync(Task.WhenAll(_stdout.Completion, _stderr.Completion), EndGrace).ConfigureAwait(false);
        _channel.Dispose();
        _process.Dispose();
        DeleteWorkingDirectory();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task<Exchange> WaitAsync(Task<IoResult> io, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var exited = _process.WaitForExitAsync(stop.Token);
        var limit = Task.Delay(timeout, stop.Token);
        try
        {
            var first = await Task.WhenAny(io, exited, limit).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (first == io)
            {
                return Interpret(io.Result);
            }

            if (first == exited)
            {
                // An answer written just before the end is still in the pipe.
                var late = await Task.WhenAny(io, Task.Delay(ReplyGrace, cancellationToken)).ConfigureAwait(false);
                return late == io ? Interpret(io.Result) : Exchange.Ended;
            }

            return Exchange.TimedOut;
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    private static Exchange Interpret(IoResult result) => result switch
    {
        { Error: ProtocolException } => Exchange.Invalid,
        { Error: not null } or { Message: null } => Exchange.Ended,
        { Message: { } message } => new Exchange(ExchangeEnd.Replied, message),
    };

    private async Task<string> DescribeFailedStartAsync()
    {
        var exitCode = await WaitForEndAsync().ConfigureAwait(false);
        var how = exitCode is { } code
            ? "ended (exit code " + code.ToString(CultureInfo.InvariantCulture) + ")"
            : "did not answer as a runner of protocol version " + ReadyMessage.CurrentProtocolVersion.ToString(CultureInfo.InvariantCulture);
        var stderr = Signals.Tail.Trim();
        return $"the runner {how} before it was ready" + (stderr.Length == 0 ? "" : ": " + stderr);
    }

    private void KillEverything()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or AggregateException or NotSupportedException)
        {
            // Already gone, or partly: the process group below catches the rest.
        }

        var group = Volatile.Read(ref _announcedProcessId);
        if (group == _process.Id)
        {
            // The runner runs unwrapped and made itself a group leader: this reaches orphans too.
            ProcessGroupKiller.Kill(group);
        }
    }

    private void DeleteWorkingDirectory()
    {
        try
        {
            _workingDirectory.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file the student locked down; the temporary directory's owner cleans it eventually.
        }
    }

    private void Send(Message message) => _channel.SendAsync(message, CancellationToken.None).GetAwaiter().GetResult();

    private Message? Receive() => _channel.ReceiveAsync(CancellationToken.None).GetAwaiter().GetResult();

    private static Task<IoResult> OnOwnThread(Func<Message?> io) => Task.Factory.StartNew(
        () =>
        {
            try
            {
                return new IoResult(io(), null);
            }
            catch (Exception e)
            {
                return new IoResult(null, e);
            }
        },
        CancellationToken.None,
        TaskCreationOptions.LongRunning,
        TaskScheduler.Default);

    private static async Task WaitQuietlyAsync(Task task, TimeSpan limit)
    {
        try
        {
            await task.WaitAsync(limit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Judged by what is known now.
        }
    }
}
