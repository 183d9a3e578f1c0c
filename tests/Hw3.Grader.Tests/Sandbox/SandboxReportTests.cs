using Hw3.Grader.Execution.Sandbox;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>The one line the grader writes at start-up: the layers in force, then every missing one.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxReportTests
{
    private const string BubblewrapText = "bubblewrap (no network, no view of the grader's files, private /tmp, own PID namespace)";
    private const string UserText = "unprivileged user 65534";
    private const string LimitsText = "limits (address space 8 GB, CPU 240 s, files 64 MB)";

    [Fact]
    public void The_start_up_line_lists_exactly_the_layers_the_probe_found_and_what_is_missing()
    {
        var probed = RunnerSandbox.Capabilities;

        var line = probed.Describe(RunnerSandbox.Limits);

        line.Should().StartWith("sandbox: ").And.NotContain("\n");
        line.Contains(BubblewrapText, StringComparison.Ordinal).Should().Be(probed.Bubblewrap is not null);
        line.Contains(UserText, StringComparison.Ordinal).Should().Be(probed.Setpriv is not null);
        line.Contains(LimitsText, StringComparison.Ordinal).Should().Be(probed.Prlimit is not null);
        line.Contains(". Missing: ", StringComparison.Ordinal).Should().Be(probed.Missing.Count > 0);
        foreach (var sentence in probed.Missing)
        {
            line.Should().Contain(sentence);
        }

        probed.Missing.Any(m => m.Contains("bubblewrap", StringComparison.Ordinal)).Should().Be(probed.Bubblewrap is null);
        probed.Missing.Any(m => m.StartsWith("prlimit", StringComparison.Ordinal)).Should().Be(probed.Prlimit is null);
        probed.Missing.Any(m => m.StartsWith("setpriv", StringComparison.Ordinal)).Should().Be(Environment.IsPrivilegedProcess && probed.Setpriv is null);
    }

    [Fact]
    public void On_a_machine_without_bubblewrap_the_line_keeps_the_other_layers_and_says_what_is_missing()
    {
        var missing = "bubblewrap (apt-get install bubblewrap): the runner can see the machine's files, the network and other processes.";
        var capabilities = new SandboxCapabilities(null, "/usr/bin/prlimit", "/usr/bin/setpriv", [missing]);

        capabilities.Describe(new SandboxLimits()).Should().Be($"sandbox: {UserText}; {LimitsText}. Missing: {missing}");
    }

    [Fact]
    public void The_start_up_line_is_written_once_per_grader_process()
    {
        using var first = new StringWriter();
        using var second = new StringWriter();

        RunnerSandbox.Wrapper(first);
        RunnerSandbox.Wrapper(second);

        // Another test of this process (a grade command) may have been first to ask; then it got the line.
        first.ToString().Should().BeOneOf("", RunnerSandbox.Capabilities.Describe(RunnerSandbox.Limits) + Environment.NewLine);
        second.ToString().Should().BeEmpty();
    }
}
