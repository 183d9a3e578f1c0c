using System.Diagnostics;
using System.IO.Compression;
using Hw3.Grader.Cli;
using Hw3.Grader.Rubrics;
using Hw3.Grader.StudentKit;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.StudentKit;

/// <summary>
/// The student kit, built once per test run (the one publish: the expensive part) with <c>hw3 kit</c>'s own builder,
/// unpacked into an empty folder outside the checkout, and its checker run through the <c>check</c> launcher on the
/// perfect and template samples with HOME an empty folder and no network, as a student would.
/// </summary>
public sealed class KitFixture : IAsyncLifetime
{
    private readonly DirectoryInfo root = Readable(Directory.CreateTempSubdirectory("hw3-kit-test-"));

    public Rubric Rubric { get; private set; } = null!;

    /// <summary>The unpacked kit's top folder.</summary>
    public string Kit { get; private set; } = "";

    /// <summary>The zip, alone in its folder (the leak test scans that folder: the zip and everything it unpacks to).</summary>
    public string ZipPath => Path.Combine(root.FullName, "zip", "hw3-student-kit.zip");

    public (int ExitCode, string Output) Perfect { get; private set; }

    public (int ExitCode, string Output) Template { get; private set; }

    public async Task InitializeAsync()
    {
        Rubric = RealRubric.Rubric;
        var problem = await KitBuilder.BuildAsync(Rubric, ZipPath, CancellationToken.None);
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }

        var unpacked = Path.Combine(root.FullName, "unpacked");
        ZipFile.ExtractToDirectory(ZipPath, unpacked);
        Kit = Path.Combine(unpacked, KitBuilder.TopFolder);
        var work = Directory.CreateDirectory(Path.Combine(root.FullName, "student"));
        var home = Directory.CreateDirectory(Path.Combine(root.FullName, "home"));
        File.Copy(Repository.PathOf("Submissions", "samples", "perfect", "Hw3.cs"), Path.Combine(work.FullName, "Perfect.cs"));
        File.Copy(Repository.PathOf("Submissions", "samples", "template", "Hw3.cs"), Path.Combine(work.FullName, "Hw3.cs"));
        Perfect = await RunAsync(work.FullName, home.FullName, "Perfect.cs");
        Template = await RunAsync(work.FullName, home.FullName, "Hw3.cs");
    }

    /// <summary>Runs <c>check</c> from the student's folder, with no environment of the checkout (HOME empty, no DOTNET_ROOT from the test host).</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, string home, params string[] arguments)
    {
        // No network: a network namespace of its own with nothing in it (the tests run as root, as CI does).
        var info = new ProcessStartInfo("unshare") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("--net");
        info.ArgumentList.Add("/bin/sh");
        info.ArgumentList.Add(Path.Combine(Kit, "check"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Clear();
        info.Environment["HOME"] = home;
        info.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>
    /// rwxr-xr-x, as an unzipped folder in a student's home is: a temporary folder is created owner-only, and the tests
    /// run as root, where the runner drops to another user that must read the kit's runner.
    /// </summary>
    private static DirectoryInfo Readable(DirectoryInfo folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return folder;
        }

        folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        return folder;
    }

    public Task DisposeAsync()
    {
        root.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
