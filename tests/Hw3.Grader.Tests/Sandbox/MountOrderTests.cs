using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Sandbox;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>
/// Regression: bubblewrap mounts in argument order, so a runner folder under /tmp (a CI clone of the
/// checkout, say) bound before the private /tmp was hidden by it, and no runner could start.
/// </summary>
public sealed class MountOrderTests : IDisposable
{
    private readonly DirectoryInfo _runnerFolder = Directory.CreateTempSubdirectory("hw3-runner-under-tmp-");

    [Fact]
    public void A_runner_folder_under_tmp_is_bound_after_the_private_tmp_is_mounted()
    {
        var runner = Path.Combine(_runnerFolder.FullName, "Hw3.Grader.Runner");
        File.WriteAllText(runner, "");
        var capabilities = new SandboxCapabilities("/usr/bin/bwrap", null, null, []);
        var command = new RunnerCommand(runner, ["--in", "3", "--out", "4"], new Dictionary<string, string> { ["PATH"] = "/usr/bin" }, _runnerFolder.FullName);

        var wrapped = new SandboxCommandWrapper(capabilities, new SandboxLimits()).Wrap(command);

        var arguments = wrapped.Arguments.ToList();
        var tmpfs = arguments.IndexOf("--tmpfs");
        tmpfs.Should().BeGreaterThan(0);
        arguments[tmpfs + 1].Should().Be("/tmp");
        var bind = arguments.FindIndex(a => a == _runnerFolder.FullName);
        bind.Should().BeGreaterThan(tmpfs, "the runner's folder must be mounted on top of the private /tmp, not under it");
        arguments[bind - 1].Should().Be("--ro-bind");
    }

    public void Dispose() => _runnerFolder.Delete(recursive: true);
}
