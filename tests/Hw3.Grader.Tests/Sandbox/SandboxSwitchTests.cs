using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Sandbox;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class SandboxSwitchTests
{
    private const string Variable = "HW3_SANDBOX";

    [Fact]
    public async Task HW3_SANDBOX_off_reports_every_layer_off_and_runners_still_answer()
    {
        _ = RunnerSandbox.Capabilities; // This process's probe is made once; make it before the variable changes.
        var off = ProbeWith("Off");

        off.Should().BeSameAs(SandboxCapabilities.None);
        off.Describe(RunnerSandbox.Limits).Should().Be(
            "sandbox: no operating-system layer. Missing: sandbox switched off (HW3_SANDBOX=off): only the scrubbed environment and the time limits remain");
        await using var session = new RunnerFactory(new RunnerOptions(), new SandboxCommandWrapper(off, RunnerSandbox.Limits)).Open([EscapeSubmission.Image]);

        var answer = await session.Call(Method("Escape", "Twice", ("int", WireValue.Of(21))));
        var uid = await StudentProcesses.RunnerUidAsync(session);

        answer.Value.Should().Be(WireValue.Of(42));
        uid.Should().Be(ProcessTable.RealUid(Environment.ProcessId), "with the sandbox off the runner keeps the grader's user");
    }

    [Fact]
    public void Any_other_value_of_HW3_SANDBOX_leaves_the_sandbox_on()
    {
        _ = RunnerSandbox.Capabilities;
        var on = ProbeWith("on");

        on.Should().NotBeSameAs(SandboxCapabilities.None);
        // How many stray descriptors the probe's runner closed depends on what the test process held open at that
        // moment (other tests run beside this one); that it looked for them is the layer, and it must be the same.
        on.Should().BeEquivalentTo(RunnerSandbox.Capabilities, options => options.Excluding(c => c.Confinement!.StrayDescriptorsClosed),
            "probing twice on one machine finds the same layers");
        on.Confinement!.StrayDescriptorsClosed.HasValue.Should().Be(RunnerSandbox.Capabilities.Confinement!.StrayDescriptorsClosed.HasValue);
    }

    private static SandboxCapabilities ProbeWith(string value)
    {
        var previous = Environment.GetEnvironmentVariable(Variable);
        Environment.SetEnvironmentVariable(Variable, value);
        try
        {
            return SandboxProbe.Probe(RunnerSandbox.Limits);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, previous);
        }
    }
}
