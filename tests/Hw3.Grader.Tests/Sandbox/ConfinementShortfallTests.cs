using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Sandbox;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>A runner that confined itself less than the start-up probe found possible is never sent student code.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ConfinementShortfallTests
{
    private static readonly ConfinementReport Full = new(0, 7, true, []);

    [Fact]
    public void A_runner_with_every_layer_the_probe_found_falls_short_of_nothing()
    {
        ConfinementShortfall.Of(Full, Full with { StrayDescriptorsClosed = 3 }).Should().BeNull();
        ConfinementShortfall.Of(new ConfinementReport(null, 0, false, ["landlock"]), Full).Should().BeNull();
    }

    [Theory]
    [InlineData(null, 7, true, "its stray descriptors were not closed")]
    [InlineData(0, 0, true, "no Landlock ruleset")]
    [InlineData(0, 4, true, "Landlock ABI 4 instead of 7")]
    [InlineData(0, 7, false, "no seccomp filter")]
    public void A_runner_missing_a_layer_the_probe_found_is_named_for_what_it_lacks(int? closed, int abi, bool seccomp, string missing)
    {
        ConfinementShortfall.Of(Full, new ConfinementReport(closed, abi, seccomp, [])).Should().Be(missing);
    }

    [Fact]
    public void A_runner_that_reported_nothing_falls_short()
    {
        ConfinementShortfall.Of(Full, null).Should().Be("it reported no confinement at all");
    }

    [Fact]
    public async Task A_real_runner_without_its_seccomp_filter_is_refused_the_submission_when_the_machine_has_seccomp()
    {
        if (Sandboxes.Probed.Confinement is not { Seccomp: true } probed)
        {
            return; // Nothing to fall short of on a kernel without seccomp.
        }

        await using var session = new RunnerFactory(new RunnerOptions(), new ExpectingWithout(SelfConfinementSwitch.Seccomp, probed))
            .Open([EscapeSubmission.Image]);

        var call = () => session.Call(Method("Escape", "Read", ("string", WireValue.Of("/etc/passwd"))));

        // Not the student's doing: the grader's own failure, which a batch records as such for that student.
        (await call.Should().ThrowAsync<RunnerStartException>())
            .WithMessage("*confined itself less than this machine allows (no seccomp filter), so no student code was sent to it");
    }

    /// <summary>A runner told to leave some layers off, by a wrapper that still expects what the probe found.</summary>
    private sealed class ExpectingWithout(string layers, ConfinementReport expected) : IRunnerCommandWrapper
    {
        public ConfinementReport? ExpectedConfinement => expected;

        public RunnerCommand Wrap(RunnerCommand command) => new RunnerWithout(layers).Wrap(command);
    }
}
