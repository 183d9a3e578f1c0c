using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Runner.Hosting;

namespace Hw3.Grader.Runner;

/// <summary>
/// The runner: started fresh for one submission, it loads the assemblies the grader sends, performs the
/// calls asked for and answers with raw values. The protocol travels on two anonymous pipes whose
/// handles arrive as <c>--in &lt;handle&gt; --out &lt;handle&gt;</c>; stdout and stderr belong to the student.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (!RunnerArguments.TryParse(args, out var arguments))
        {
            Console.Error.WriteLine("usage: Hw3.Grader.Runner --in <pipe handle> --out <pipe handle>");
            return 2;
        }

        Console.SetIn(TextReader.Null);
        ProcessGroup.BecomeLeader();

        var channel = RunnerPipes.Open(arguments);
        channel.SendAsync(new ReadyMessage(Environment.ProcessId, ReadyMessage.CurrentProtocolVersion), CancellationToken.None)
            .GetAwaiter().GetResult();
        return new RequestLoop(channel).Run();
    }
}
