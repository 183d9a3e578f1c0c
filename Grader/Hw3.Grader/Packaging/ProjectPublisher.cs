using System.Diagnostics;

namespace Hw3.Grader.Packaging;

/// <summary>
/// Publishes a project of this checkout with the .NET SDK (<c>dotnet publish</c>) into a folder: what packaging
/// commands share (the student kit's checker; a grader image). A failure is a value carrying the tool's last lines,
/// not an exception: staff read it and fix the build.
/// </summary>
public static class ProjectPublisher
{
    private const int TailLines = 30;

    /// <param name="project">The .csproj to publish.</param>
    /// <param name="folder">Where the published files go (created).</param>
    /// <param name="configuration">Debug or Release: the one this program was built in reuses its build.</param>
    /// <param name="properties">Further MSBuild properties (<c>-p:Name=Value</c>).</param>
    /// <param name="build">False publishes the program as built (<c>--no-build</c>: seconds, and what was tested).</param>
    public static async Task<PublishOutcome> PublishAsync(
        string project,
        string folder,
        string configuration,
        IReadOnlyDictionary<string, string> properties,
        bool build,
        CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", project, "-c", configuration, "-o", folder, "--nologo", "-v", "quiet", "-clp:ErrorsOnly" })
        {
            info.ArgumentList.Add(argument);
        }

        if (!build)
        {
            info.ArgumentList.Add("--no-build");
        }

        foreach (var (name, value) in properties)
        {
            info.ArgumentList.Add($"-p:{name}={value}");
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
        if (process.ExitCode == 0)
        {
            return new PublishOutcome(true, folder, "");
        }

        var tail = log.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(TailLines);
        return new PublishOutcome(false, folder, $"dotnet publish {Path.GetFileName(project)} failed (exit {process.ExitCode}):" + Environment.NewLine + string.Join(Environment.NewLine, tail));
    }
}
