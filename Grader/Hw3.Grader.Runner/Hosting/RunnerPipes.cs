using System.IO.Pipes;
using Hw3.Grader.Protocol.Framing;

namespace Hw3.Grader.Runner.Hosting;

/// <summary>Opens the protocol channel on the anonymous pipes the grader created.</summary>
internal static class RunnerPipes
{
    public static MessageChannel Open(RunnerArguments arguments)
    {
        var input = new AnonymousPipeClientStream(PipeDirection.In, arguments.InputHandle);
        var output = new AnonymousPipeClientStream(PipeDirection.Out, arguments.OutputHandle);
        return new MessageChannel(new SynchronousStream(input), new SynchronousStream(output));
    }
}
