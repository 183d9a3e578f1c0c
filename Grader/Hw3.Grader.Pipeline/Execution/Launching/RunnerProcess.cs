using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using Hw3.Grader.Execution.Output;
using Hw3.Grader.Execution.Sandbox;
using Hw3.Grader.Execution.Supervision;
using Hw3.Grader.Execution.Timing;
using Hw3.Grader.Execution.Wording;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// One live runner process, supervised like every child of the grader (<see cref="SupervisedProcess"/>: its end, its
/// drained stderr, its kill), with its protocol channel (<see cref="RunnerChannel"/>: one reader and one writer
/// thread for the process's whole life), its drained stdout, its process group and its private working directory.
/// Requests are posted without waiting, so several may be on their way; answers are awaited one at a
/// time, each raced against its limit and the process's exit. <see cref="StopAsync"/> leaves nothing behind.
/// </summary>
internal sealed class RunnerProcess : IAsyncDisposable
{
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

    private readonly SupervisedProcess _child;
    private readonly RunnerChannel _channel;
    private readonly DirectoryInfo _workingDirectory;
    private readonly StreamDrain _stdout;
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
        _child = new SupervisedProcess(process, "runner", output, Signals.Append);
        ProcessId = _child.Id;
        _workingDirectory = workingDirectory;
        // Answers are read under the answer caps' frame limit (a larger frame is not an answer); assemblies still go out whole.
        _channel = new RunnerChannel(new SynchronousStream(fromRunner), new SynchronousStream(toRunner), "runner channel", AnswerLimits.MaxReplyFrameBytes);
        process.StandardInput.Close();
        _stdout = new StreamDrain(process.StandardOutput.BaseStream, "runner stdout", output);
        _ready = ReceiveReadyAsync();
    }

    /// <summary>What the runtime printed on stderr since the last <see cref="CrashSignals.Reset"/>.</summary>
    public CrashSignals Signals { get; } = new();

    public bool HasEnded => _child.HasExited;

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
            var first = await Task.WhenAny(arrived, _child.Exited, limit).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (first == arrived)
            {
                return Received();
            }

            if (first == _child.Exited)
            {
                // An answer written just before the end is still on its way.
                var late = await Task.WhenAny(arrived, Task.Delay(SupervisedProcess.LateFrameGrace, stop.Token)).ConfigureAwait(false);
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
        await _child.WaitForExitAsync(EndGrace).ConfigureAwait(false);
        await SupervisedProcess.WaitQuietlyAsync(_child.ErrorDrained, _child.Exited.IsCompleted ? OutputGrace : EndGrace).ConfigureAwait(false);
        return _child.ExitCode;
    }

    /// <summary>Asks the runner to exit, then makes sure it did.</summary>
    public async Task ShutdownAsync()
    {
        if (!_child.HasExited)
        {
            Post(new ShutdownRequest());
            await _child.WaitForExitAsync(ShutdownGrace).ConfigureAwait(false);
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
        await _child.WaitForExitAsync(EndGrace).ConfigureAwait(false);
        await SupervisedProcess.WaitQuietlyAsync(Task.WhenAll(_stdout.Completion, _child.ErrorDrained), _child.Exited.IsCompleted ? OutputGrace : EndGrace).ConfigureAwait(false);
        _channel.Dispose();
        _child.Release(_stdout.Completion);
        DeleteWorkingDirectory();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>True once the runner said it is ready (and how it confined itself); false when it ended or said something else first.</summary>
    private async Task<bool> ReceiveReadyAsync()
    {
        if (await ReadyHandshake.FirstFrameAsync(NextFrameAsync, _child).ConfigureAwait(false) is not ReadyMessage ready || !ReadyHandshake.IsReady(ready))
        {
            return false;
        }

        Volatile.Write(ref _announcedProcessId, ready.ProcessId);
        Confinement = ready.Confinement;
        return true;
    }

    /// <summary>The next frame the reader thread queued; null once reading ended with nothing left.</summary>
    private async Task<Message?> NextFrameAsync(CancellationToken cancellationToken)
    {
        while (await _channel.WaitToReceiveAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_channel.TryReceive(out var message))
            {
                return message;
            }
        }

        return null;
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
        // Once the runner has ended, its children are orphans no walk of /proc from it can find: the process group
        // below still reaches them.
        _child.KillTree();
        var group = Volatile.Read(ref _announcedProcessId);
        if (group == _child.Id)
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
}
