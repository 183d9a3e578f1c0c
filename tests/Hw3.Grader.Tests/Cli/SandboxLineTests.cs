using System.Diagnostics;
using Hw3.Grader.Tests.Batch;

namespace Hw3.Grader.Tests.Cli;

/// <summary>
/// The sandbox line is written once per grader process (it is process-wide state, so only a real process shows it):
/// a batch that starts many runners on several jobs still says it once, on stderr, never in the output a TA redirects.
/// </summary>
public sealed class SandboxLineTests
{
    [Fact]
    public async Task A_batch_states_the_sandbox_once_on_stderr()
    {
        using var folder = new TempFolder();
        foreach (var student in new[] { "alice", "bob", "carol" })
        {
            File.Copy(Path.Combine(CliRun.Sample("perfect"), "Hw3.cs"), folder.Write(student + "/Hw3.cs", ""), overwrite: true);
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Name; // artifacts/bin/<project>/<configuration>/
        var grader = Path.Combine(CliRun.RepositoryRoot, "artifacts", "bin", "Hw3.Grader", configuration, "hw3.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { grader, "batch", folder.Path, "--out", Path.Combine(folder.Path, "graded"), "--jobs", "2" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(0, await output + await errors);
        (await errors).Split('\n').Count(l => l.StartsWith("sandbox: ", StringComparison.Ordinal)).Should().Be(1, await errors);
        (await output).Should().NotContain("sandbox: ").And.Contain("3 submissions (3 graded)");
    }
}
