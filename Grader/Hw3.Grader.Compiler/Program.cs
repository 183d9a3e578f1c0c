using Hw3.Grader.Compiler.Compiling;
using Hw3.Grader.Compiler.Hosting;
using Hw3.Grader.Protocol.Framing;

namespace Hw3.Grader.Compiler;

/// <summary>
/// The compile worker: frames on stdin/stdout (see <see cref="MessageChannel"/>), Roslyn only, no
/// student code ever runs here. Sends a ready message once warm, then answers compile requests until
/// a shutdown request or the end of its input. Exit codes: see <see cref="WorkerExitCodes"/>.
/// </summary>
public static class Program
{
    public static async Task<int> Main()
    {
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        // Only frames go to stdout: any stray Console.Write lands on stderr instead.
        Console.SetOut(Console.Error);

        var handler = new RequestHandler();
        using var channel = new MessageChannel(input, output);
        return await new WorkerLoop(channel, handler, Console.Error).RunAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
