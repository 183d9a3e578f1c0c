using System.Diagnostics;
using System.Text;
using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Sandbox;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>
/// On a kernel without Landlock or seccomp (simulated with the runner's test switch) the runner says so, and the
/// grader's start-up line keeps every other layer and lists the missing one instead of claiming it.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class ConfinementFallbackTests
{
    private const string LandlockActive = "landlock ABI ";
    private const string SeccompActive = "seccomp (no exec, no new processes, no ptrace, no sockets)";

    [Theory]
    [InlineData(SelfConfinementSwitch.Landlock)]
    [InlineData(SelfConfinementSwitch.Seccomp)]
    [InlineData(SelfConfinementSwitch.Everything)]
    public async Task Without_a_layer_the_runner_reports_it_missing_and_the_line_does_not_claim_it(string without)
    {
        var report = await ReportAsync(without);
        var line = (Sandboxes.Probed with { Confinement = report }).Describe(RunnerSandbox.Limits);

        report.LandlockAbi.Should().Be(without.Contains(SelfConfinementSwitch.Landlock, StringComparison.Ordinal) ? 0 : Sandboxes.Probed.Confinement!.LandlockAbi);
        report.Seccomp.Should().Be(!without.Contains(SelfConfinementSwitch.Seccomp, StringComparison.Ordinal) && Sandboxes.Probed.Confinement!.Seccomp);
        foreach (var layer in without.Split(','))
        {
            line.Should().Contain(". Missing: ").And.MatchRegex($@"Missing: .*\b{(layer == "descriptors" ? "closing stray descriptors" : layer)} \(switched off");
        }

        line.Contains(LandlockActive, StringComparison.Ordinal).Should().Be(report.LandlockAbi > 0);
        line.Contains(SeccompActive, StringComparison.Ordinal).Should().Be(report.Seccomp);
        line.Contains("; descriptors (the grader", StringComparison.Ordinal).Should().Be(report.StrayDescriptorsClosed is not null);
    }

    [Fact]
    public void A_machine_without_bubblewrap_keeps_the_runners_own_layers_in_the_line()
    {
        var report = new ConfinementReport(0, 7, true, []);
        var capabilities = new SandboxCapabilities(null, "/usr/bin/prlimit", "/usr/bin/setpriv", ["bubblewrap (apt-get install bubblewrap): no namespaces."], report);

        capabilities.Describe(new SandboxLimits()).Should().Be(
            "sandbox: unprivileged user 65534; limits (address space 8 GB, CPU 240 s, files 64 MB); "
            + "descriptors (the grader's inherited ones close-on-exec, the runner's strays closed); "
            + "landlock ABI 7 (no writes, reads only of the runtime and the runner, no TCP, signals and abstract sockets scoped); "
            + SeccompActive + ". Missing: bubblewrap (apt-get install bubblewrap): no namespaces.");
    }

    [Fact]
    public void An_older_landlock_says_what_its_ABI_does_not_cover()
    {
        var line = new SandboxCapabilities(null, null, null, [], new ConfinementReport(0, 3, true, [])).Describe(new SandboxLimits());

        line.Should().Contain("landlock ABI 3 (no writes, reads only of the runtime and the runner)").And.NotContain("TCP");
    }

    /// <summary>The runner's own report, started as the grader's probe starts it, with the switch set.</summary>
    private static async Task<ConfinementReport> ReportAsync(string without)
    {
        var (fileName, leading) = Hw3.Grader.Execution.Launching.RunnerLauncher.LocateRunner();
        var info = new ProcessStartInfo(fileName) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in leading.Append("--report-confinement"))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[SelfConfinementSwitch.Variable] = without;
        using var process = Process.Start(info)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0);
        return ((ReadyMessage)MessageReader.Read(Encoding.UTF8.GetBytes(stdout))).Confinement!;
    }
}
