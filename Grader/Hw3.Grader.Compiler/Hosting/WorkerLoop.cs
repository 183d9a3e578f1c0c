using Hw3.Grader.Compiler.Compiling;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Hosting;

/// <summary>
/// The worker's conversation: warm Roslyn up, say ready, then one compile response per compile request
/// until a shutdown request or the end of input. A compiler exception ends the process (the grader
/// reports that submission as having crashed the compiler and starts a fresh worker).
/// </summary>
public sealed class WorkerLoop(MessageChannel channel, RequestHandler handler, TextWriter log)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var problem in LargeStack.Run(handler.WarmUp))
            {
                await log.WriteLineAsync("compile worker: warm-up: " + problem).ConfigureAwait(false);
            }

            await channel.SendAsync(new ReadyMessage(Environment.ProcessId, ReadyMessage.CurrentProtocolVersion), cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var message = await channel.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                switch (message)
                {
                    case null:
                    case ShutdownRequest:
                        return WorkerExitCodes.Normal;
                    case CompileRequest request:
                        var response = LargeStack.Run(() => handler.Handle(request));
                        await channel.SendAsync(response, cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        await log.WriteLineAsync($"compile worker: unexpected {message.GetType().Name}").ConfigureAwait(false);
                        return WorkerExitCodes.ProtocolError;
                }
            }
        }
        catch (ProtocolException e)
        {
            await log.WriteLineAsync("compile worker: " + e.Message).ConfigureAwait(false);
            return WorkerExitCodes.ProtocolError;
        }
        catch (IOException)
        {
            // The grader went away; nobody is left to answer.
            return WorkerExitCodes.Normal;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await log.WriteLineAsync("compile worker: the compiler failed: " + e).ConfigureAwait(false);
            return WorkerExitCodes.CompilerFailure;
        }
    }
}
