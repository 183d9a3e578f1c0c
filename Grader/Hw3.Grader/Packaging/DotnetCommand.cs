using System.Diagnostics;

namespace Hw3.Grader.Packaging;

/// <summary>
/// Runs <c>dotnet</c> with arguments for a packaging step (a publish; the packaged grader computing its references),
/// its output captured: staff read the end of it when the step fails.
/// </summary>
public static class DotnetCommand
{
    private const int TailLines = 30;

    /// <returns>The exit code, and the last lines of what the tool printed (both streams).</returns>
    public static async Task<(int ExitCode, string Tail)> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var log = (await output.ConfigureAwait(false)) + (await errors.ConfigureAwait(false));
        return (process.ExitCode, string.Join(Environment.NewLine, log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).TakeLast(TailLines)));
    }
}
