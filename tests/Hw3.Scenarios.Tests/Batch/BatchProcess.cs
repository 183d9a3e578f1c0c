using System.Diagnostics;

namespace Hw3.Scenarios.Tests.Batch;

/// <summary>Runs <c>hw3 batch</c> as a child process (the built grader beside this test), as a TA would.</summary>
public static class BatchProcess
{
    public static Process Start(params string[] arguments)
    {
        var hw3 = Path.Combine(AppContext.BaseDirectory, "hw3.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(hw3);
        info.ArgumentList.Add("batch");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["CI"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("hw3 did not start");
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
