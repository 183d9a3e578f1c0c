using System.Globalization;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// The runner's whole environment: nothing of the grader's leaks in (no tokens, no paths to answers),
/// only what .NET needs, a private home and temp directory, and the runner's memory limit.
/// </summary>
internal static class RunnerEnvironment
{
    public static IReadOnlyDictionary<string, string> Build(RunnerOptions options, string workingDirectory)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") is { Length: > 0 } path ? path : "/usr/local/bin:/usr/bin:/bin",
            ["HOME"] = workingDirectory,
            ["TMPDIR"] = workingDirectory,
            // No diagnostics socket in TMPDIR (it lets one .NET process dump another's memory).
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_GCHeapHardLimit"] = "0x" + options.GcHeapHardLimitBytes.ToString("X", CultureInfo.InvariantCulture),
            ["DOTNET_TieredPGO"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };

        if (DotnetHost.Root is { } root)
        {
            environment["DOTNET_ROOT"] = root;
        }

        return environment;
    }
}
