using System.Net;
using System.Net.Sockets;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class NetworkIsolationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(SandboxLayer.Bubblewrap)]
    public async Task A_connection_to_a_listener_on_the_graders_loopback_fails_from_inside_the_sandbox(SandboxLayer? only)
    {
        if (!Sandboxes.Has(SandboxLayer.Bubblewrap))
        {
            return; // Only bubblewrap's network namespace keeps the runner offline: Has asserted the probe says it is missing.
        }

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            await using var session = Sandboxes.Open(only);

            var outcome = await session.Call(Method("Escape", "Connect", ("int", WireValue.Of(port))));

            outcome.Value.Should().Be(WireValue.Of("refused: SocketException"));
            listener.Pending().Should().BeFalse();
        }
        finally
        {
            listener.Stop();
        }
    }
}
