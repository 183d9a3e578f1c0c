using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

public sealed class CommandWrapperTests
{
    [Fact]
    public async Task A_wrapped_runner_command_still_reaches_the_runner_through_its_inherited_pipes()
    {
        var wrapper = new EnvCommandWrapper("HW3_WRAPPED", "yes");
        await using var session = new RunnerFactory(new RunnerOptions(), wrapper).Open([HostileSubmission.Image]);

        var outcome = await session.Call(Method("Good", "Env", ("string", WireValue.Of("HW3_WRAPPED"))));

        outcome.Value.Should().Be(WireValue.Of("yes"));
        var command = wrapper.Wrapped.Should().ContainSingle().Subject;
        command.Arguments.Should().Contain(["--in", "--out"]);
        command.Environment.Should().ContainKey("DOTNET_GCHeapHardLimit").WhoseValue.Should().Be("0x40000000");
        command.Environment.Should().NotContainKey("HW3_WRAPPED");
    }
}
