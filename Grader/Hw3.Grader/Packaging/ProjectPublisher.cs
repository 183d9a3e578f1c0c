namespace Hw3.Grader.Packaging;

/// <summary>
/// Publishes a project of this checkout with the .NET SDK (<c>dotnet publish</c>) into a folder: what packaging
/// commands share (the student kit's checker; a grader image). A failure is a value carrying the tool's last lines,
/// not an exception: staff read it and fix the build.
/// </summary>
public static class ProjectPublisher
{
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
        var arguments = new List<string> { "publish", project, "-c", configuration, "-o", folder, "--nologo", "-v", "quiet", "-clp:ErrorsOnly" };
        if (!build)
        {
            arguments.Add("--no-build");
        }

        arguments.AddRange(properties.Select(p => $"-p:{p.Key}={p.Value}"));
        var (exitCode, tail) = await DotnetCommand.RunAsync(arguments, cancellationToken).ConfigureAwait(false);
        return exitCode == 0
            ? new PublishOutcome(true, folder, "")
            : new PublishOutcome(false, folder, $"dotnet publish {Path.GetFileName(project)} failed (exit {exitCode}):" + Environment.NewLine + tail);
    }
}
