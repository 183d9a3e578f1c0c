using System.Diagnostics;
using System.Text;
using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Sandbox;

/// <summary>
/// Finds out, once, how a runner confines itself on this machine: starts the runner with
/// <c>--report-confinement</c> inside every other layer the machine has (as a real runner starts) and reads the
/// report it prints. Tried for real, like the tools: a kernel without Landlock or seccomp shows up as missing.
/// </summary>
internal static class ConfinementProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>The runner's report; on failure one whose Missing says why.</summary>
    public static ConfinementReport Run(SandboxCapabilities tools, SandboxLimits limits)
    {
        var folder = Directory.CreateTempSubdirectory("hw3-probe-");
        try
        {
            var (fileName, leading) = RunnerLauncher.LocateRunner();
            var plain = new RunnerCommand(fileName, [.. leading, "--report-confinement"], RunnerEnvironment.Build(new RunnerOptions(), folder.FullName), folder.FullName);
            // A placeholder report keeps the wrapper from switching self-confinement off: it is what is probed.
            var probing = tools with { Confinement = new ConfinementReport(null, 0, false, []) };
            var command = new SandboxCommandWrapper(probing, limits).Wrap(plain);
            return Report(command);
        }
        catch (RunnerStartException e)
        {
            return Failed(e.Message);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: false);
            }
            catch (IOException)
            {
                // Left in the temporary folder: the probe's runner could write nothing into it.
            }
        }
    }

    private static ConfinementReport Report(RunnerCommand command)
    {
        var info = new ProcessStartInfo(command.FileName) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = command.WorkingDirectory };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Clear();
        foreach (var (name, value) in command.Environment)
        {
            info.Environment[name] = value;
        }

        try
        {
            using var process = LaunchThread.Start(info) ?? throw new InvalidOperationException("no process was started");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return Failed("the runner did not report within " + Timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s");
            }

            if (!stdout.Wait(Timeout) || process.ExitCode != 0)
            {
                return Failed($"the runner ended with exit code {process.ExitCode}: {Tail(stderr)}");
            }

            return MessageReader.Read(Encoding.UTF8.GetBytes(stdout.Result)) is ReadyMessage { Confinement: { } report }
                ? report
                : Failed("the runner printed no confinement report");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException or ProtocolException)
        {
            return Failed(e.Message);
        }
    }

    private static string Tail(Task<string> stderr) => stderr.Wait(TimeSpan.FromSeconds(1)) ? stderr.Result.Trim() : "";

    private static ConfinementReport Failed(string why) =>
        new(null, 0, false, [$"self-confinement ({why}): the runner runs without Landlock, seccomp or closed descriptors"]);
}
