using System.Diagnostics;

namespace Hw3.Grader.Packaging;

/// <summary>
/// <c>dotnet publish --no-build</c> of one project: the program as built (the launcher builds first), laid out to run
/// on a machine with the .NET runtime only. No build here, so packaging takes seconds and publishes what was tested.
/// </summary>
public static class DotnetPublish
{
    /// <returns>null when it worked, else dotnet's last lines.</returns>
    public static async Task<string?> RunAsync(string checkout, string project, string configuration, string output, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = checkout,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", Path.Combine(checkout, project), "-c", configuration, "--no-build", "-o", output, "--nologo", "-v", "quiet" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var text = (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false));
        return process.ExitCode == 0 ? null : string.Join("\n", text.Split('\n').TakeLast(15)).Trim();
    }
}
