using System.Collections.Concurrent;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Runner.Invocation;
using Hw3.Grader.Runner.Loading;

namespace Hw3.Grader.Runner.Hosting;

/// <summary>
/// Answers the grader's requests one at a time. A separate reader thread watches the channel: when the
/// grader asks to shut down or goes away, the runner ends at once, even in the middle of a student call
/// that never returns.
/// </summary>
internal sealed class RequestLoop(MessageChannel channel)
{
    private readonly SubmissionLoader _loader = new();

    public int Run()
    {
        using var inbox = new BlockingCollection<Message>();
        var reader = new Thread(() => ReadUntilTheEnd(inbox)) { IsBackground = true, Name = "protocol reader" };
        reader.Start();

        var invoker = new InvokeHandler(_loader);
        var evaluator = new EvaluateHandler(_loader);
        foreach (var message in inbox.GetConsumingEnumerable())
        {
            Message? reply = message switch
            {
                LoadRequest load => _loader.Load(load),
                InvokeRequest invoke => invoker.Handle(invoke),
                EvaluateRequest evaluate => evaluator.Handle(evaluate),
                _ => null,
            };

            if (reply is not null && !TrySend(reply))
            {
                break;
            }
        }

        return 0;
    }

    /// <summary>False when the grader is gone (it stopped reading); the runner then has nobody to answer.</summary>
    private bool TrySend(Message reply)
    {
        try
        {
            channel.SendAsync(reply, CancellationToken.None).GetAwaiter().GetResult();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void ReadUntilTheEnd(BlockingCollection<Message> inbox)
    {
        var exitCode = 0;
        try
        {
            while (channel.ReceiveAsync(CancellationToken.None).GetAwaiter().GetResult() is { } message
                   && message is not ShutdownRequest)
            {
                inbox.Add(message);
            }
        }
        catch (ProtocolException e)
        {
            Console.Error.WriteLine("runner: the grader sent an invalid frame: " + e.Message);
            exitCode = 3;
        }

        Environment.Exit(exitCode);
    }
}
