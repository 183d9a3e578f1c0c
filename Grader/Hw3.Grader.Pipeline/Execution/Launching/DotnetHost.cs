namespace Hw3.Grader.Execution.Launching;

/// <summary>Where the .NET installation that runs the grader lives; the runner uses the same one.</summary>
internal static class DotnetHost
{
    private static readonly string ExecutableName = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    /// <summary><c>DOTNET_ROOT</c> when set, else the installation this process runs on (…/shared/Microsoft.NETCore.App/&lt;version&gt;/ is three levels below it).</summary>
    public static string? Root { get; } = FindRoot();

    /// <summary>The <c>dotnet</c> muxer, for when the runner has no apphost.</summary>
    public static string Executable { get; } = FindExecutable();

    private static string? FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null ? null : Directory.GetParent(runtime)?.Parent?.Parent;
        return root is not null && File.Exists(Path.Combine(root.FullName, ExecutableName)) ? root.FullName : null;
    }

    private static string FindExecutable()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrWhiteSpace(host) && File.Exists(host))
        {
            return host;
        }

        return Root is { } root && File.Exists(Path.Combine(root, ExecutableName)) ? Path.Combine(root, ExecutableName) : "dotnet";
    }
}
