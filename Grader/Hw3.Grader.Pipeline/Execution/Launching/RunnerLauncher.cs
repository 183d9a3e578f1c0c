using System.ComponentModel;
using System.Diagnostics;
using System.IO.Pipes;
using Hw3.Grader.Execution.Output;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// Starts runner processes: the runner's apphost (else <c>dotnet Hw3.Grader.Runner.dll</c>) with the two
/// protocol pipe handles, a scrubbed environment and a fresh empty working directory. The command goes
/// through the optional <see cref="IRunnerCommandWrapper"/> (a sandbox) before it starts.
/// </summary>
internal sealed class RunnerLauncher(RunnerOptions options, IRunnerCommandWrapper? wrapper) : IRunnerSource
{
    public RunnerProcess Acquire(OutputCapture output) => Launch(new OutputRelay(output));

    /// <exception cref="RunnerStartException">The runner is not built, or the process could not start.</exception>
    public RunnerProcess Launch(OutputRelay output)
    {
        var (fileName, leadingArguments) = LocateRunner();
        var workingDirectory = Directory.CreateTempSubdirectory("hw3-runner-");
        AnonymousPipeServerStream? toRunner = null;
        AnonymousPipeServerStream? fromRunner = null;
        try
        {
            Process process;
            // Inheritable pipe ends exist only inside this lock, so no other child ever inherits them.
            lock (ProcessLaunchLock.Gate)
            {
                InheritedDescriptors.MarkCloseOnExec();
                toRunner = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
                fromRunner = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
                try
                {
                    var command = new RunnerCommand(
                        fileName,
                        [.. leadingArguments, "--in", toRunner.GetClientHandleAsString(), "--out", fromRunner.GetClientHandleAsString()],
                        RunnerEnvironment.Build(options, workingDirectory.FullName),
                        workingDirectory.FullName);
                    process = LaunchThread.Start(ToStartInfo(wrapper?.Wrap(command) ?? command))
                        ?? throw new InvalidOperationException("no process was started");
                }
                finally
                {
                    toRunner.DisposeLocalCopyOfClientHandle();
                    fromRunner.DisposeLocalCopyOfClientHandle();
                }
            }

            return new RunnerProcess(process, toRunner, fromRunner, workingDirectory, output.Append, wrapper?.ExpectedConfinement);
        }
        catch (Exception e) when (e is Win32Exception or IOException or InvalidOperationException)
        {
            toRunner?.Dispose();
            fromRunner?.Dispose();
            TryDelete(workingDirectory);
            throw new RunnerStartException("the runner could not be started: " + e.Message, e);
        }
    }

    /// <summary>The runner's apphost, else the dotnet muxer with the runner's assembly as its first argument.</summary>
    /// <exception cref="RunnerStartException">The runner is not built.</exception>
    internal static (string FileName, string[] Arguments) LocateRunner()
    {
        string assembly;
        try
        {
            assembly = ToolLocator.RunnerAssembly;
        }
        catch (FileNotFoundException e)
        {
            throw new RunnerStartException(e.Message, e);
        }

        var apphost = Path.Combine(
            Path.GetDirectoryName(assembly) ?? ".",
            ToolLocator.RunnerProject + (OperatingSystem.IsWindows() ? ".exe" : ""));
        return File.Exists(apphost) ? (apphost, []) : (DotnetHost.Executable, [assembly]);
    }

    private static ProcessStartInfo ToStartInfo(RunnerCommand command)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = command.WorkingDirectory,
        };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Clear();
        foreach (var (name, value) in command.Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is empty and temporary.
        }
    }
}
