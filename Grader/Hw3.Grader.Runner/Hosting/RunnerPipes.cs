using System.Globalization;
using System.IO.Pipes;
using Hw3.Grader.Protocol.Framing;
using Microsoft.Win32.SafeHandles;

namespace Hw3.Grader.Runner.Hosting;

/// <summary>Opens the protocol channel on the anonymous pipes the grader created.</summary>
internal static class RunnerPipes
{
    public static MessageChannel Open(RunnerArguments arguments)
    {
        if (OperatingSystem.IsWindows())
        {
            var input = new AnonymousPipeClientStream(PipeDirection.In, arguments.InputHandle);
            var output = new AnonymousPipeClientStream(PipeDirection.Out, arguments.OutputHandle);
            return new MessageChannel(new SynchronousStream(input), new SynchronousStream(output));
        }

        // On Unix a handle is a file descriptor: plain blocking read(2) and write(2) on it. (A pipe stream there
        // also starts the runtime's socket engine, a thread of its own and its set-up, in every runner.)
        return new MessageChannel(new SynchronousStream(Open(arguments.InputHandle, FileAccess.Read)), new SynchronousStream(Open(arguments.OutputHandle, FileAccess.Write)));
    }

    private static FileStream Open(string descriptor, FileAccess access) =>
        new(new SafeFileHandle(nint.Parse(descriptor, CultureInfo.InvariantCulture), ownsHandle: true), access, bufferSize: 0);
}
