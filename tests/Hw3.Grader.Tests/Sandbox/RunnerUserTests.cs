using Hw3.Grader.Execution.Sandbox;

namespace Hw3.Grader.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class RunnerUserTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(SandboxLayer.Setpriv)]
    public async Task The_runner_runs_as_the_unprivileged_user_when_the_grader_is_root(SandboxLayer? only)
    {
        var graderUid = ProcessTable.RealUid(Environment.ProcessId);
        if (graderUid != 0)
        {
            // No root to drop: the runner keeps the grader's own unprivileged user, and nothing is missing.
            Sandboxes.Probed.Setpriv.Should().BeNull();
            Sandboxes.Probed.Missing.Should().NotContain(sentence => sentence.StartsWith("setpriv", StringComparison.Ordinal));
        }
        else if (!Sandboxes.Has(SandboxLayer.Setpriv))
        {
            return;
        }

        await using var session = Sandboxes.Open(only);

        var uid = await StudentProcesses.RunnerUidAsync(session);

        uid.Should().NotBe(0);
        if (graderUid == 0)
        {
            uid.Should().Be(RunnerSandbox.Limits.UnprivilegedId);
        }
    }
}
