using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Invocation;
using Hw3.Grader.Runner.Loading;
using Hw3.Grader.Runner.Values;

namespace Hw3.Grader.Runner.Hosting;

/// <summary>
/// Answers the grader's requests in the order they came. A reader thread reads the channel and queues every
/// request at once (the grader may send the next requests before the answer to the first: they wait here,
/// so the runner goes from one call to the next without a round trip); a burst of requests that arrived
/// together is queued together, so the call thread is woken once for it, not once per request. One
/// long-lived call thread (<see cref="CallThread.Serve"/>) takes them from the queue and performs them. Its
/// answers wait (<see cref="HeldAnswers"/>) while more requests are queued and leave together when the queue
/// runs dry, or within about 20 ms when a call takes longer (the grader's time limits count from
/// answers). When the grader asks to shut down or goes away, the runner ends at once, even in the middle of a
/// student call that never returns.
/// </summary>
internal sealed class RequestLoop(MessageChannel channel)
{
    private readonly SubmissionLoader _loader = new();
    private readonly Queue<Message> _inbox = new();
    private readonly HeldAnswers _answers = new(channel);
    private InvokeHandler? _invoker;
    private EvaluateHandler? _evaluator;
    private int? _answering;

    public int Run()
    {
        var reader = new Thread(ReadUntilTheEnd) { IsBackground = true, Name = "protocol reader" };
        reader.Start();
        CallThread.Serve(Next);
        return 0;
    }

    /// <summary>On the call thread: answers the call just run, then handles requests until the next student call.</summary>
    private (Func<object?> Call, Func<object?, ConvertedValue> Convert)? Next(CallOutcome outcome)
    {
        _invoker ??= new InvokeHandler(_loader);
        _evaluator ??= new EvaluateHandler(_loader);
        if (_answering is { } id)
        {
            _answering = null;
            _answers.Hold(new CallResponse(id, outcome));
        }

        while (true)
        {
            var message = Take();
            Message? reply = message switch
            {
                LoadRequest load => _loader.Load(load),
                InvokeRequest invoke => Handed(_invoker.Handle(invoke)),
                EvaluateRequest evaluate => Handed(_evaluator.Handle(evaluate)),
                _ => null,
            };

            if (reply is not null)
            {
                _answers.Hold(reply);
            }
            else if (CallThread.TakeHanded(out var call, out var convert))
            {
                _answering = message switch
                {
                    InvokeRequest invoke => invoke.Id,
                    EvaluateRequest evaluate => evaluate.Id,
                    _ => null,
                };
                return (call, convert);
            }
        }
    }

    /// <summary>Null when the handler handed a student call over to run (the answer follows it), else its answer.</summary>
    private static CallResponse? Handed(CallResponse response) =>
        ReferenceEquals(response.Outcome, CallThread.Handed) ? null : response;

    /// <summary>
    /// The next request. When none is queued, the held answers leave first: the grader sends more only once it
    /// has them. A student call may have left an interrupt pending on this thread, which only delays it.
    /// </summary>
    private Message Take()
    {
        while (true)
        {
            try
            {
                lock (_inbox)
                {
                    if (_inbox.Count > 0)
                    {
                        return _inbox.Dequeue();
                    }
                }

                _answers.Flush();
                lock (_inbox)
                {
                    while (_inbox.Count == 0)
                    {
                        Monitor.Wait(_inbox);
                    }

                    return _inbox.Dequeue();
                }
            }
            catch (ThreadInterruptedException)
            {
                // Try again: the interrupt was the student's.
            }
        }
    }

    private void Queue(List<Message> burst)
    {
        lock (_inbox)
        {
            foreach (var message in burst)
            {
                _inbox.Enqueue(message);
            }

            Monitor.Pulse(_inbox);
        }
    }

    private void ReadUntilTheEnd()
    {
        var exitCode = 0;
        try
        {
            var burst = new List<Message>();
            while (Receive() is { } message && message is not ShutdownRequest)
            {
                burst.Add(message);
                if (!channel.HasCompleteFrame)
                {
                    Queue(burst);
                    burst.Clear();
                }
            }
        }
        catch (ProtocolException e)
        {
            Console.Error.WriteLine("runner: the grader sent an invalid frame: " + e.Message);
            exitCode = 3;
        }

        Environment.Exit(exitCode);
    }

    /// <summary>
    /// The next request. The heap is the student's too: a call filling it up to the limit makes this thread's
    /// allocations fail while the call runs. Its OutOfMemoryException belongs to that call, which hears of it
    /// too and lets the memory go; the frame is still unread (<see cref="MessageChannel.ReceiveAsync"/>), so
    /// reading it again shortly after finds it whole. Without this, when the next request arrived in that
    /// moment decided whether a hoarding call was one failed answer or a dead runner.
    /// </summary>
    private Message? Receive()
    {
        while (true)
        {
            try
            {
                return channel.ReceiveAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (OutOfMemoryException)
            {
                Thread.Sleep(MemoryRetryDelay);
            }
        }
    }

    /// <summary>How long a runner thread whose allocation failed waits before it tries again.</summary>
    internal static readonly TimeSpan MemoryRetryDelay = TimeSpan.FromMilliseconds(5);
}
