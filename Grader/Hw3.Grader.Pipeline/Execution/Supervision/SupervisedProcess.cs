using System.ComponentModel;
using System.Diagnostics;
using Hw3.Grader.Execution.Output;

namespace Hw3.Grader.Execution.Supervision;

/// <summary>
/// A child process the grader started and answers for, whatever it does: its end as a task (<see cref="Exited"/>), its
/// stderr read to the end on a thread of its own into the owner's sinks (a child that prints without pause never blocks
/// on a full pipe, and a blocking read never holds a pool thread), waits that have a limit and never throw, and a kill
/// that reaches everything it started. The compile worker (CompileWorkerProcess) and the runner (RunnerProcess) each
/// stand on one; what differs between them (their channel, the runner's stdout, sandbox and process group) stays theirs.
/// </summary>
internal sealed class SupervisedProcess
{
    /// <summary>After a child ended, how long a frame or answer it wrote just before may take to arrive.</summary>
    public static readonly TimeSpan LateFrameGrace = TimeSpan.FromMilliseconds(300);

    private readonly Process _process;
    private readonly StreamDrain _stderr;

    /// <param name="process">Started, with its stderr redirected and not yet read.</param>
    /// <param name="name">What the child is ("runner", "compile worker"), naming the drain's thread.</param>
    public SupervisedProcess(Process process, string name, params Action<byte[], int>[] errorSinks)
    {
        _process = process;
        Id = process.Id;
        Exited = process.WaitForExitAsync();
        _stderr = new StreamDrain(process.StandardError.BaseStream, name + " stderr", errorSinks);
    }

    public int Id { get; }

    /// <summary>Completes when the process has ended.</summary>
    public Task Exited { get; }

    /// <summary>Completes when stderr reached its end (every process holding it closed it).</summary>
    public Task ErrorDrained => _stderr.Completion;

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

    /// <summary>The exit code once the process has ended; null while it runs or when it cannot be known.</summary>
    public int? ExitCode
    {
        get
        {
            try
            {
                return _process.HasExited ? _process.ExitCode : null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    /// <summary>Waits for the process's end at most <paramref name="limit"/>; true when it ended.</summary>
    public Task<bool> WaitForExitAsync(TimeSpan limit) => WaitQuietlyAsync(Exited, limit);

    /// <summary>Kills the process and every process below it. One that already ended is left alone: walking /proc from it finds nothing, and only costs CPU.</summary>
    public void KillTree()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or AggregateException or NotSupportedException)
        {
            // Already gone, or partly: an owner that can reach more (the runner's process group) does so itself.
        }
    }

    /// <summary>
    /// Frees the process once its stderr and <paramref name="otherDrains"/> reached their end. Otherwise a process it
    /// left holds a pipe: disposing now would block until it lets go (.NET's pipe streams wait for a read in progress),
    /// so the handle is left to the finalizer; each drain closes its own stream at its end.
    /// </summary>
    public void Release(params Task[] otherDrains)
    {
        if (_stderr.Completion.IsCompleted && otherDrains.All(d => d.IsCompleted))
        {
            _process.Dispose();
        }
    }

    /// <summary>Waits for <paramref name="task"/> at most <paramref name="limit"/>; true when it completed, false when the limit passed first.</summary>
    public static async Task<bool> WaitQuietlyAsync(Task task, TimeSpan limit)
    {
        try
        {
            await task.WaitAsync(limit).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            // Judged by what is known now.
            return false;
        }
    }
}
