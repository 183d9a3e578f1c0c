using Spectre.Console.Testing;

namespace Hw3.Grader.Tests.Cli;

/// <summary>Runs the real command line in-process against a test console and returns the exit code and what it printed.</summary>
internal static class CliRun
{
    public static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    public static async Task<(int ExitCode, string Output)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var console = new TestConsole().Width(200);
        var exitCode = await Program.RunAsync(console, args, cancellationToken);
        return (exitCode, console.Output);
    }

    public static string RepositoryRoot => Repository.Root;

    public static string Sample(string name) => Path.Combine(RepositoryRoot, "Submissions", "samples", name);
}
