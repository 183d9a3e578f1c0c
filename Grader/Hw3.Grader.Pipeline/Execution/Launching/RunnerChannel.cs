using System.Collections.Concurrent;
using System.Threading.Channels;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// The protocol channel to one runner, served by two threads that live as long as the runner: a writer
/// that sends queued requests (a runner that stops reading blocks it, never the grader), and a reader that
/// queues every frame as it arrives (so an answer waits in memory, not in the pipe). No exchange starts a
/// thread; a blocking pipe operation never holds a thread-pool thread.
/// Each thread closes its own pipe when it is done with it, never another thread: .NET's pipe streams wait, on
/// dispose, for a read or write in progress to return, and a process the runner left behind holding the other
/// end (before seccomp refused new processes) would make that wait, and the grader, last as long as it does.
/// </summary>
internal sealed class RunnerChannel : IDisposable
{
    /// <summary>At most this many queued requests are written at once.</summary>
    private const int MaxBurst = 64;

    private readonly MessageChannel _channel;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly BlockingCollection<Message> _outbox = new();
    private readonly Channel<Message> _inbox = Channel.CreateUnbounded<Message>(
        new UnboundedChannelOptions { SingleWriter = true, SingleReader = true });
    private Exception? _readError;

    /// <param name="input">What the runner writes (this channel owns it).</param>
    /// <param name="output">What the runner reads (this channel owns it).</param>
    /// <param name="maxIncomingFrameBytes">The largest frame read from the runner; a larger one ends reading with a protocol error.</param>
    public RunnerChannel(Stream input, Stream output, string name, int maxIncomingFrameBytes)
    {
        _input = input;
        _output = output;
        _channel = new MessageChannel(input, output, maxIncomingFrameBytes: maxIncomingFrameBytes);
        Start(ReadUntilTheEnd, name + " reader");
        Start(WriteUntilClosed, name + " writer");
    }

    /// <summary>Why reading ended, once it has: a <see cref="ProtocolException"/> for an invalid frame, another error, or null for the end of the stream.</summary>
    public Exception? ReadError => Volatile.Read(ref _readError);

    /// <summary>Queues a request for the writer thread; after <see cref="Dispose"/> it is dropped.</summary>
    public void Post(Message message)
    {
        try
        {
            _outbox.Add(message);
        }
        catch (InvalidOperationException)
        {
            // Closed (or disposed): the runner is being stopped.
        }
    }

    /// <summary>The next frame that arrived, if one is waiting.</summary>
    public bool TryReceive(out Message message) => _inbox.Reader.TryRead(out message!);

    /// <summary>Completes true when a frame is waiting, false once reading ended and nothing is left.</summary>
    public ValueTask<bool> WaitToReceiveAsync(CancellationToken cancellationToken) => _inbox.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>
    /// Stops sending: the writer thread closes the runner's input once its last write returned. The reader thread
    /// closes the runner's output at its end, which comes once no process holds that pipe any more.
    /// </summary>
    public void Dispose() => _outbox.CompleteAdding();

    private static void Start(Action work, string name) =>
        new Thread(() => work()) { IsBackground = true, Name = name }.Start();

    private void ReadUntilTheEnd()
    {
        try
        {
            while (_channel.ReceiveAsync(CancellationToken.None).GetAwaiter().GetResult() is { } message)
            {
                _inbox.Writer.TryWrite(message);
            }
        }
        catch (Exception e)
        {
            Volatile.Write(ref _readError, e);
        }
        finally
        {
            _inbox.Writer.TryComplete();
            _input.Dispose();
        }
    }

    private void WriteUntilClosed()
    {
        try
        {
            var burst = new List<Message>();
            foreach (var message in _outbox.GetConsumingEnumerable())
            {
                // Whatever else is already queued goes in the same write (pipelined requests arrive in bursts).
                burst.Add(message);
                while (burst.Count < MaxBurst && _outbox.TryTake(out var next))
                {
                    burst.Add(next);
                }

                _channel.SendAsync(burst, CancellationToken.None).GetAwaiter().GetResult();
                burst.Clear();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or ProtocolException)
        {
            // The runner is gone (or a request is too large to send): the reader sees the end.
        }
        finally
        {
            _outbox.CompleteAdding();
            _output.Dispose();
        }
    }
}
