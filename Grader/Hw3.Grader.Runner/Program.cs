using System.Buffers;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Runner.Confinement;
using Hw3.Grader.Runner.Hosting;

namespace Hw3.Grader.Runner;

/// <summary>
/// The runner: started fresh for one submission, it loads the assemblies the grader sends, performs the
/// calls asked for and answers with raw values. The protocol travels on two anonymous pipes whose
/// handles arrive as <c>--in &lt;handle&gt; --out &lt;handle&gt;</c>; stdout and stderr belong to the student.
/// Before anything else it confines itself (<see cref="SelfConfinement"/>) and says how in its ready message;
/// <c>--report-confinement</c> only confines and prints that report (the grader's start-up probe).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--report-confinement"])
        {
            var report = new ReadyMessage(Environment.ProcessId, ReadyMessage.CurrentProtocolVersion, SelfConfinement.Apply(new HashSet<int>()));
            var json = new ArrayBufferWriter<byte>();
            MessageWriter.Write(report, json);
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(json.WrittenSpan);
            return 0;
        }

        if (!RunnerArguments.TryParse(args, out var arguments))
        {
            Console.Error.WriteLine("usage: Hw3.Grader.Runner --in <pipe handle> --out <pipe handle> | --report-confinement");
            return 2;
        }

        var confinement = SelfConfinement.Apply(arguments.Descriptors);
        Console.SetIn(TextReader.Null);
        ProcessGroup.BecomeLeader();

        var channel = RunnerPipes.Open(arguments);
        channel.SendAsync(new ReadyMessage(Environment.ProcessId, ReadyMessage.CurrentProtocolVersion, confinement), CancellationToken.None)
            .GetAwaiter().GetResult();
        return new RequestLoop(channel).Run();
    }
}
