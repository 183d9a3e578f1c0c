using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Hw3.Grader.Cli;
using Hw3.Grader.Compiler.Compiling;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.StudentKit;

namespace Hw3.Bench.Modes;

/// <summary>
/// <c>--kit</c>: the student kit's check of the perfect sample, cold, against a cold Roslyn compile of the same file,
/// in one run on this machine (issue 13's target: the check within 2× the compile). The kit is built with
/// <c>hw3 kit</c>'s builder and unpacked into a temporary folder; each check is <c>sh check Hw3.cs</c> from a fresh
/// process, as a student runs it. The compile is a fresh process (this program with <see cref="ColdCompileFlag"/>)
/// that compiles the file once with the compile worker's own request handler (Roslyn and the language policy) and exits.
/// Both are timed from process start to exit, alternately, and the medians compared.
/// </summary>
public static class KitBench
{
    public const string Flag = "--kit";
    public const string ColdCompileFlag = "--cold-compile";

    /// <summary>The child: one compilation of <paramref name="file"/>, nothing else; exit 0 when it compiled.</summary>
    public static int ColdCompile(string file)
    {
        var response = new RequestHandler().Handle(new CompileRequest(0, [new SourceFile(Path.GetFileName(file), File.ReadAllText(file))]));
        return response.Assembly is null ? 1 : 0;
    }

    public static async Task<int> RunAsync(string root, int repeats)
    {
        var work = Directory.CreateTempSubdirectory("hw3-bench-kit-");
        // rwxr-xr-x like an unzipped folder: run as root, the runner drops to a user that must read the kit.
        if (!OperatingSystem.IsWindows())
        {
            work.UnixFileMode = (UnixFileMode)0b111_101_101;
        }

        try
        {
            if (!GraderServices.LoadRubric(Path.Combine(root, "rubrics", "hw3.json")).TryGet(out var rubric, out var problems))
            {
                Console.Error.WriteLine(problems);
                return 1;
            }

            var zip = Path.Combine(work.FullName, "kit.zip");
            Console.Error.WriteLine("building the kit...");
            if (await KitBuilder.BuildAsync(rubric, zip, CancellationToken.None) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return 1;
            }

            ZipFile.ExtractToDirectory(zip, work.FullName);
            var kit = Path.Combine(work.FullName, KitBuilder.TopFolder);
            var file = Path.Combine(work.FullName, "Hw3.cs");
            File.Copy(Path.Combine(root, "Submissions", "samples", "perfect", "Hw3.cs"), file);
            var self = typeof(KitBench).Assembly.Location;
            var checks = new List<double>();
            var compiles = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                compiles.Add(Time("dotnet", [self, ColdCompileFlag, file], work.FullName));
                checks.Add(Time("/bin/sh", [Path.Combine(kit, "check"), "Hw3.cs"], work.FullName));
                Console.Error.WriteLine(Invariant($"  run {i + 1}: cold compile {compiles[^1]:0.00} s, kit check {checks[^1]:0.00} s"));
            }

            var compile = Median(compiles);
            var check = Median(checks);
            var ratio = check / compile;
            Console.WriteLine(Invariant($"kit check of the perfect sample, cold: median {check:0.00} s over {repeats} runs ({string.Join(", ", checks.Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))})"));
            Console.WriteLine(Invariant($"cold Roslyn compile of the same file:   median {compile:0.00} s over {repeats} runs ({string.Join(", ", compiles.Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))})"));
            Console.WriteLine(Invariant($"ratio: {ratio:0.00}x   target <= 2x  {(ratio <= 2 ? "met" : "NOT MET")}   ({Environment.ProcessorCount} cores, load average {LoadAverage()})"));
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static double Time(string program, string[] arguments, string directory)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(arguments[0])} exited with {process.ExitCode}: {output.Result}{errors.Result}");
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
