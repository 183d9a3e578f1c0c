using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using Hw3.Grader.Execution.Output;
using Hw3.Grader.Execution.Sandbox;
using Hw3.Grader.Execution.Timing;
using Hw3.Grader.Execution.Wording;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// One live runner process: its protocol channel (<see cref="RunnerChannel"/>: one reader and one writer
/// thread for the process's whole life), its drained stdout and stderr, its private working directory.
/// Requests are posted without waiting, so several may be on their way; answers are awaited one at a
/// time, each raced against its limit and the process's exit. <see cref="StopAsync"/> leaves nothing behind.
/// </summary>
internal sealed class RunnerProcess : IAsyncDisposable
{
    /// <summary>After the process ended, how long an answer it wrote just before may take to arrive.</summary>
    private static readonly TimeSpan ReplyGrace = TimeSpan.FromMilliseconds(300);
    /// <summary>How long to wait for a process (and its stderr) to finish ending before judging it.</summary>
    private static readonly TimeSpan EndGrace = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(1);
    /// <summary>
    /// Once the process has ended, how long its stdout and stderr may take to reach their end. What it wrote is
    /// already in the pipes, but the drain threads still have to read it: on a loaded machine 0.5 s lost the tail of
    /// a student's 64 KiB of output (hostile/fake-results-stdout). Only a process it started that still holds the
    /// pipes (and so keeps their end from ever coming) makes anyone wait this long, and no longer.
    /// </summary>
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly RunnerChannel _channel;
    private readonly DirectoryInfo _workingDirectory;
    private readonly StreamDrain _stdout;
    private readonly StreamDrain _stderr;
    private readonly Task _exited;
    private readonly Task<bool> _ready;
    private readonly ConfinementReport? _expectedConfinement;
    private int _announcedProcessId;
    private int _stopped;

    public RunnerProcess(
        Process process,
        AnonymousPipeServerStream toRunner,
        AnonymousPipeServerStream fromRunner,
        DirectoryInfo workingDirectory,
        Action<byte[], int> output,
        ConfinementReport? expectedConfinement = null)
    {
        _expectedConfinement = expectedConfinement;
        _process = process;
        ProcessId = process.Id;
        _workingDirectory = workingDirectory;
        // Answers are read under the answer caps' frame limit (a larger frame is not an answer); assemblies still go out whole.
        _channel = new RunnerChannel(new SynchronousStream(fromRunner), new SynchronousStream(toRunner), "runner channel", AnswerLimits.MaxReplyFrameBytes);
        process.StandardInput.Close();
        _stdout = new StreamDrain(process.StandardOutput.BaseStream, "runner stdout", output);
        _stderr = new StreamDrain(process.StandardError.BaseStream, "runner stderr", output, Signals.Append);
        _exited = process.WaitForExitAsync();
        _ready = ReceiveReadyAsync();
    }

    /// <summary>What the runtime printed on stderr since the last <see cref="CrashSignals.Reset"/>.</summary>
    public CrashSignals Signals { get; } = new();

    public bool HasEnded => _process.HasExited;

    /// <summary>How the runner confined itself, as its ready message said (null before it is ready, or when it said nothing).</summary>
    public ConfinementReport? Confinement { get; private set; }

    /// <summary>The pid of the process the grader started (the sandbox's, when wrapped).</summary>
    public int ProcessId { get; }

    /// <summary>Reads the runner's clocks now (/proc: processor time of the process and all below it, each thread's run-queue wait); null where they cannot be read.</summary>
    public RunnerTimes? ReadTimes() => ProcessTreeClock.Read(ProcessId);

    /// <summary>
    /// Completes when the runner announced itself: false if it ended or said something else first. One
    /// wait, started with the process, so a runner can be started ahead of need and claimed later.
    /// </summary>
    public Task<bool> Ready => _ready;

    /// <summary>Waits for the runner to be ready, sends the assemblies, returns its answer.</summary>
    /// <exception cref="RunnerStartException">The runner did not get ready in time, or ended first.</exception>
    public async Task<LoadResponse> StartAsync(IReadOnlyList<byte[]> assemblies, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        bool ready;
        try
        {
            ready = await _ready.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new RunnerStartException($"the runner did not get ready within {LimitText.Seconds(timeout)} s");
        }

        if (!ready)
        {
            throw new RunnerStartException(await DescribeFailedStartAsync().ConfigureAwait(false));
        }

        if (_expectedConfinement is { } expected && ConfinementShortfall.Of(expected, Confinement) is { } shortfall)
        {
            // Fail closed: this runner would hold less than the sandbox line promised, so it never sees student code.
            throw new RunnerStartException("the runner confined itself less than this machine allows (" + shortfall + "), so no student code was sent to it");
        }

        Post(new LoadRequest(assemblies));
        var left = timeout - clock.Elapsed;
        var exchange = await NextReplyAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        return exchange switch
        {
            { Reply: LoadResponse loaded } => loaded,
            { End: ExchangeEnd.TimedOut } => throw new RunnerStartException(
                $"the runner did not get ready within {LimitText.Seconds(timeout)} s"),
            _ => throw new RunnerStartException(await DescribeFailedStartAsync().ConfigureAwait(false)),
        };
    }

    /// <summary>Sends a request without waiting for anything; answers come back in order through <see cref="NextReplyAsync"/>.</summary>
    public void Post(Message request) => _channel.Post(request);

    /// <summary>Waits, at most <paramref name="timeout"/>, for the next frame the runner sends.</summary>
    public async Task<Exchange> NextReplyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_channel.TryReceive(out var waiting))
        {
            return new Exchange(ExchangeEnd.Replied, waiting);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var arrived = _channel.WaitToReceiveAsync(stop.Token).AsTask();
        var limit = Task.Delay(timeout, stop.Token);
        try
        {
            var first = await Task.WhenAny(arrived, _exited, limit).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (first == arrived)
            {
                return Received();
            }

            if (first == _exited)
            {
                // An answer written just before the end is still on its way.
                var late = await Task.WhenAny(arrived, Task.Delay(ReplyGrace, stop.Token)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                return late == arrived ? Received() : Exchange.Ended;
            }

            return Exchange.TimedOut;
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>After <see cref="ExchangeEnd.Ended"/>: waits briefly for the process and its stderr to finish; its exit code, or null if it still runs.</summary>
    public async Task<int?> WaitForEndAsync()
    {
        await WaitQuietlyAsync(_exited, EndGrace).ConfigureAwait(false);
        await WaitQuietlyAsync(_stderr.Completion, _exited.IsCompleted ? OutputGrace : EndGrace).ConfigureAwait(false);
        return _process.HasExited ? _process.ExitCode : null;
    }

    /// <summary>Asks the runner to exit, then makes sure it did.</summary>
    public async Task ShutdownAsync()
    {
        if (!_process.HasExited)
        {
            Post(new ShutdownRequest());
            await WaitQuietlyAsync(_exited, ShutdownGrace).ConfigureAwait(false);
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
        await WaitQuietlyAsync(_exited, EndGrace).ConfigureAwait(false);
        await WaitQuietlyAsync(Task.WhenAll(_stdout.Completion, _stderr.Completion), _exited.IsCompleted ? OutputGrace : EndGrace).ConfigureAwait(false);
        _channel.Dispose();
        if (_stdout.Completion.IsCompleted && _stderr.Completion.IsCompleted)
        {
            _process.Dispose();
        }

        // Otherwise a process the runner left holds its stdout or stderr: disposing them now would block until it
        // lets go (.NET's pipe streams wait for a read in progress). Each drain closes its own stream at its end.
        DeleteWorkingDirectory();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <remarks>
    /// Raced against the process's end: a process the runner started before it ended may hold the pipe open, and
    /// its end of stream would then never come.
    /// </remarks>
    private async Task<bool> ReceiveReadyAsync()
    {
        using var stop = new CancellationTokenSource();
        while (true)
        {
            var arrived = _channel.WaitToReceiveAsync(stop.Token).AsTask();
            if (await Task.WhenAny(arrived, _exited).ConfigureAwait(false) != arrived
                && await Task.WhenAny(arrived, Task.Delay(ReplyGrace)).ConfigureAwait(false) != arrived)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                return false;
            }

            if (!await arrived.ConfigureAwait(false))
            {
                return false;
            }

            if (_channel.TryReceive(out var message))
            {
                if (message is not ReadyMessage ready || ready.ProtocolVersion != ReadyMessage.CurrentProtocolVersion)
                {
                    return false;
                }

                Volatile.Write(ref _announcedProcessId, ready.ProcessId);
                Confinement = ready.Confinement;
                return true;
            }
        }
    }

    /// <summary>The frame that arrived, or how reading ended.</summary>
    private Exchange Received() => _channel.TryReceive(out var message)
        ? new Exchange(ExchangeEnd.Replied, message)
        : _channel.ReadError is ProtocolException ? Exchange.Invalid : Exchange.Ended;

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
            // The tree is found by walking all of /proc from the runner down; once the runner has ended, its
            // children are orphans no walk from it can find (the process group below still reaches them), and
            // the walk only cost CPU (a few percent of a whole batch).
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
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
            // Never recursive as root: the runner (another user) could only have made this folder non-empty by
            // writing where it must not, and a recursive delete by path would follow what it planted. Unprivileged,
            // the runner is the grader's own user, who could delete those files anyway.
            _workingDirectory.Delete(recursive: !Environment.IsPrivilegedProcess);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file the student locked down; the temporary directory's owner cleans it eventually.
        }
    }

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
