using Hw3.Grader.Tests.Execution;

namespace Hw3.Grader.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class ProcessLifetimeTests
{
    [Fact]
    public async Task A_process_the_student_starts_inside_the_sandbox_does_not_outlive_the_session()
    {
        var session = Sandboxes.Open(null);
        try
        {
            var (sleeper, answer) = await StudentProcesses.SpawnSleepAsync(session);
            if (sleeper is null)
            {
                answer.Value!.Text.Should().StartWith("refused: ", "only a runner that cannot start a process at all leaves none to find");
                return;
            }

            await session.DisposeAsync();

            (await Processes.IsGoneSoonAsync(sleeper.Value)).Should().BeTrue();
        }
        finally
        {
            await session.DisposeAsync();
        }
    }
}
