using System.Net;
using System.Net.Sockets;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Cli;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>The escape attempts work on an unwrapped runner, so their refusal inside the sandbox is the sandbox's doing.</summary>
[Collection(SandboxCollection.Name)]
public sealed class UnsandboxedBaselineTests
{
    [Fact]
    public async Task Without_a_sandbox_the_same_submission_reads_the_rubric_reaches_the_listener_and_reserves_8_GB()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            await using var session = Sandboxes.Unsandboxed();

            var rubric = await session.Call(Method("Escape", "Read", ("string", WireValue.Of(Path.Combine(CliRun.RepositoryRoot, "rubrics", "hw3.json")))));
            var connect = await session.Call(Method("Escape", "Connect", ("int", WireValue.Of(((IPEndPoint)listener.LocalEndpoint).Port))));
            var reserve = await session.Call(Method("Escape", "ReserveNative", ("int", WireValue.Of(16))));

            rubric.Value!.Text.Should().StartWith("read ").And.EndWith(" bytes");
            connect.Value.Should().Be(WireValue.Of("connected"));
            reserve.Value.Should().Be(WireValue.Of(16L * 512), "untouched reservations cost nothing without an address-space limit");
        }
        finally
        {
            listener.Stop();
        }
    }
}
