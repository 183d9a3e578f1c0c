using System.Diagnostics;
using System.Text;
using Hw3.Grader.Execution.Supervision;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Execution;

/// <summary>What the compile worker and the runner both stand on, with a shell as the child (no runner, no Roslyn: cheap).</summary>
public sealed class SupervisedProcessTests
{
    private static (SupervisedProcess Child, StringBuilder Error) Start(string script)
    {
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        var error = new StringBuilder();
        var child = new SupervisedProcess(Process.Start(info)!, "test", (bytes, count) =>
        {
            lock (error)
            {
                error.Append(Encoding.UTF8.GetString(bytes, 0, count));
            }
        });
        return (child, error);
    }

    [Fact]
    public async Task A_child_that_ends_has_its_exit_code_and_all_of_its_stderr()
    {
        var (child, error) = Start("echo 'ran out of memory' >&2; exit 3");

        (await child.WaitForExitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
        (await SupervisedProcess.WaitQuietlyAsync(child.ErrorDrained, TimeSpan.FromSeconds(10))).Should().BeTrue();

        child.ExitCode.Should().Be(3);
        error.ToString().Should().Be("ran out of memory\n");
        child.Release();
    }

    [Fact]
    public async Task A_wait_that_runs_out_says_so_instead_of_throwing_and_a_kill_reaches_the_child()
    {
        var (child, _) = Start("sleep 30");

        (await child.WaitForExitAsync(TimeSpan.FromMilliseconds(50))).Should().BeFalse();
        child.ExitCode.Should().BeNull("it still runs");
        child.KillTree();

        (await child.WaitForExitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
        child.HasExited.Should().BeTrue();
    }

    [Fact]
    public async Task A_child_that_ends_without_a_word_is_not_ready_even_while_its_pipe_stays_open()
    {
        var (child, _) = Start("exit 0");
        var never = new TaskCompletionSource<Message?>();

        var first = await ReadyHandshake.FirstFrameAsync(
            token =>
            {
                token.Register(() => never.TrySetCanceled(token));
                return never.Task;
            },
            child).WaitAsync(TimeSpan.FromSeconds(10));

        first.Should().BeNull();
        never.Task.IsCanceled.Should().BeTrue("the read is given up once the child ended");
    }

    [Fact]
    public void Only_a_ready_message_of_this_protocol_version_is_ready()
    {
        ReadyHandshake.IsReady(new ReadyMessage(1, ReadyMessage.CurrentProtocolVersion)).Should().BeTrue();
        ReadyHandshake.IsReady(new ReadyMessage(1, ReadyMessage.CurrentProtocolVersion + 1)).Should().BeFalse();
        ReadyHandshake.IsReady(new ShutdownRequest()).Should().BeFalse();
        ReadyHandshake.IsReady(null).Should().BeFalse();
    }
}
