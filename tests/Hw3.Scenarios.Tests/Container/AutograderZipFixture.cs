using System.Diagnostics;
using System.IO.Compression;
using Hw3.Grader.Packaging;

namespace Hw3.Scenarios.Tests.Container;

/// <summary>
/// The autograder zip, built once per test run (publishing is the expensive part) and unpacked into a temporary root
/// laid out like Gradescope's /autograder, set up by its own setup.sh (whose installs are skipped: the runtime and
/// bubblewrap are here). Tests take turns: each puts a submission in, runs run_autograder and reads the report.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // Gradescope's containers are Linux
public sealed class AutograderZipFixture : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("hw3-container-").FullName;

    public string Zip => Path.Combine(Folder, "autograder.zip");

    public string Root => Path.Combine(Folder, "autograder");

    public string Source => Path.Combine(Root, "source");

    public string Submission => Path.Combine(Root, "submission");

    public string ResultsFile => Path.Combine(Root, "results", "results.json");

    public string SetupOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // /autograder hangs off /, which the runners' user may pass through; a temporary folder is 0700 (the runner
        // copy setup.sh makes under the root would be out of that user's reach).
        File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        var log = new List<string>();
        var built = await GradescopePackager.BuildAsync(Repository.Root, CheckoutLocator.Configuration, Repository.Rubric, Zip, log.Add, CancellationToken.None);
        built.Error.Should().BeNull();
        ZipFile.ExtractToDirectory(Zip, Source);
        var (exitCode, output) = await RunAsync(Path.Combine(Source, PackageLayout.SetupScript));
        exitCode.Should().Be(0, output);
        SetupOutput = output;
    }

    /// <summary>Empties submission/ and results/ and writes the metadata (none when null).</summary>
    public void Reset(string? metadataJson)
    {
        foreach (var folder in new[] { Submission, Path.GetDirectoryName(ResultsFile)! })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Directory.CreateDirectory(Submission);
        var metadata = Path.Combine(Root, "submission_metadata.json");
        File.Delete(metadata);
        if (metadataJson is not null)
        {
            File.WriteAllText(metadata, metadataJson);
        }
    }

    /// <summary>Runs run_autograder on the root; with <paramref name="withoutBubblewrap"/>, as in a container that refuses user namespaces.</summary>
    public Task<(int ExitCode, string Output)> RunAutograderAsync(bool withoutBubblewrap = false)
    {
        var script = Path.Combine(Source, PackageLayout.RunScript);
        return withoutBubblewrap
            ? RunAsync("unshare", "-m", "sh", "-c", "mount --bind /dev/null /usr/bin/bwrap && exec \"$0\"", script)
            : RunAsync(script);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program.EndsWith(".sh", StringComparison.Ordinal) ? "bash" : program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (program.EndsWith(".sh", StringComparison.Ordinal))
        {
            info.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["HW3_AUTOGRADER_ROOT"] = Root;
        using var process = Process.Start(info) ?? throw new InvalidOperationException(program + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
