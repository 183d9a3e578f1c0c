using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Runner.Hosting;

/// <summary>
/// The runner's answers on their way out. While the grader's next requests are already queued, an answer is
/// held and the call thread goes straight on to the next call; once the queue runs dry, everything held leaves in
/// one write (<see cref="Flush"/>). A burst of pipelined calls is then answered with one write that wakes the
/// grader once, not once per call. Nothing is held long: a flusher thread sends whatever is held every
/// <see cref="HoldLimit"/>, so a long (or endless) call does not keep the answers before it from the grader,
/// whose time limits count from them.
/// An answer held when the process dies (a stack overflow, Environment.Exit in a later call) is lost. The grader
/// knows: when a runner ends with more than one call unanswered it runs them again, one at a time, on a fresh
/// runner (RunnerSession), and with one call in flight nothing is ever held, so a crash is still blamed on the
/// call that caused it.
/// </summary>
internal sealed class HeldAnswers
{
    /// <summary>
    /// How often the flusher looks, so about the longest an answer waits for the calls queued after it. Short
    /// next to any call's time limit; each look wakes a thread, so not shorter.
    /// </summary>
    public static readonly TimeSpan HoldLimit = TimeSpan.FromMilliseconds(20);

    /// <summary>At most this many answers are held (the grader pipelines fewer calls than this).</summary>
    private const int MaxHeld = 64;

    private readonly MessageChannel _channel;
    private readonly object _gate = new();
    private readonly List<Message> _held = [];

    public HeldAnswers(MessageChannel channel)
    {
        _channel = channel;
        new Thread(FlushEveryHoldLimit) { IsBackground = true, Name = "answer flusher" }.Start();
    }

    /// <summary>Holds an answer until <see cref="Flush"/>, the flusher's next round, or the hold is full.</summary>
    public void Hold(Message answer)
    {
        Enter();
        try
        {
            _held.Add(answer);
            if (_held.Count >= MaxHeld)
            {
                SendHeld();
            }
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    /// <summary>Sends everything held, in one write.</summary>
    public void Flush()
    {
        Enter();
        try
        {
            SendHeld();
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    /// <summary>
    /// Takes the lock. A student call may have left an interrupt pending on the call thread; it makes a contended
    /// Monitor.Enter throw before the lock is taken, which only delays this.
    /// </summary>
    private void Enter()
    {
        while (true)
        {
            try
            {
                Monitor.Enter(_gate);
                return;
            }
            catch (ThreadInterruptedException)
            {
                // Try again: the interrupt was the student's.
            }
        }
    }

    /// <summary>With the lock held. When the grader is gone (it stopped reading), the runner has nobody to answer: it ends.</summary>
    private void SendHeld()
    {
        if (_held.Count == 0)
        {
            return;
        }

        try
        {
            _channel.SendAsync(_held, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (IOException)
        {
            Environment.Exit(0);
        }
        catch (OutOfMemoryException)
        {
            // A student call holds the heap for now (RequestLoop.Receive): the answers stay held, nothing of them
            // was written (the frames are built before the write), and the flusher's next round sends them.
            return;
        }

        _held.Clear();
    }

    private void FlushEveryHoldLimit()
    {
        while (true)
        {
            try
            {
                Thread.Sleep(HoldLimit);
                Flush();
            }
            catch (ThreadInterruptedException)
            {
                // A student's interrupt: the next round flushes.
            }
        }
    }
}
