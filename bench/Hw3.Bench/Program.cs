using System.Diagnostics;
using System.Globalization;
using Hw3.Bench;
using Hw3.Bench.Cold;
using Hw3.Bench.Measuring;
using Hw3.Grader.Compilation;
using Hw3.Bench.Modes;
using Newtonsoft.Json;

const string ResultPrefix = "BENCH-RESULT ";
if (args.Length > 0 && args[0] == Q2BehaviourBench.Flag)
{
    // A bench of its own: Q2(c) by behaviour in process, no batch (bench/README.md).
    var count = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20;
    return Q2BehaviourBench.Run(FindRoot(), count);
}

if (args.Length > 1 && args[0] == ColdProbe.Flag)
{
    // One cold grade in this fresh process, step by step (bench/README.md, "Cold single-submission time").
    var rubricPath = args.Length > 3 ? args[3] : Path.Combine(FindRoot(), "rubrics", "hw3.json");
    return await ColdProbe.RunAsync(args[1], referencesFirst: args.Length < 3 || args[2] != "background", rubricPath);
}

if (args.Length > 1 && args[0] == KitBench.ColdCompileFlag)
{
    // A child of --kit: one cold Roslyn compile in a fresh process.
    return KitBench.ColdCompile(args[1]);
}

if (args.Length > 0 && args[0] == KitBench.Flag)
{
    // The student kit's cold check against a cold Roslyn compile of the same file (bench/README.md).
    var repeats = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 5;
    return await KitBench.RunAsync(FindRoot(), repeats);
}

var (parsed, argumentError) = BenchArguments.Parse(args);
if (parsed is not { } arguments)
{
    if (argumentError is not null)
    {
        Console.Error.WriteLine("hw3 bench: " + argumentError);
    }

    Console.Error.WriteLine(BenchArguments.Usage);
    return argumentError is null ? 0 : 2;
}

if (arguments.Mode is { } childMode)
{
    // A child run: one mode in a process of its own, so its memory figures are its own.
    var result = await BatchMode.RunAsync(childMode, arguments.Input!, arguments.WarmUp!, arguments.Work!, arguments.Jobs);
    Console.WriteLine(ResultPrefix + JsonConvert.SerializeObject(result));
    return 0;
}

var root = FindRoot();
var work = Directory.CreateTempSubdirectory("hw3-bench-").FullName;
var samples = Path.Combine(root, "Submissions", "samples");
var submissions = Path.Combine(work, "submissions");
var warmUp = Path.Combine(work, "warm-up");
Console.WriteLine(Invariant($"hw3 bench: {arguments.Count} synthetic submissions, {arguments.Jobs} jobs, {Environment.ProcessorCount} cores, build+test sample of {arguments.Sample}; work folder {work}"));
SyntheticClass.Generate(samples, submissions, arguments.Count, arguments.Seed);
SyntheticClass.Write(Path.Combine(samples, "perfect"), Path.Combine(warmUp, "warm"), -1);

try
{
    var real = await RunChildAsync("real");
    var floor = await RunChildAsync("floor");
    var sample = SyntheticClass.Kinds.Take(arguments.Sample)
        .Select(kind => Path.Combine(work, "sample-" + kind))
        .ToList();
    foreach (var (folder, kind) in sample.Zip(SyntheticClass.Kinds))
    {
        SyntheticClass.Write(Path.Combine(samples, kind), folder, 0);
    }

    Console.Error.WriteLine("runner start-up, 20 starts:");
    var startup = RunnerStartup.Measure(20);
    Console.Error.WriteLine("build+test, one submission at a time:");
    var buildTest = await BuildTestMode.RunAsync(sample, Path.Combine(work, "buildtest-warm"), cold: false);
    var perBuildTest = buildTest.Average();
    var buildTestCold = await BuildTestMode.RunAsync(sample, Path.Combine(work, "buildtest-cold"), cold: true);
    var perBuildTestCold = buildTestCold.Average();

    Console.WriteLine();
    Console.WriteLine("| way | submissions | seconds | submissions/s | s per submission |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var run in new[] { real, floor })
    {
        Console.WriteLine(Invariant($"| {(run.Mode == "real" ? "1. real batch path (isolated runners)" : "2. one process, no isolation (unsafe floor)")} | {run.Submissions} | {run.Seconds:0.0} | {run.PerSecond:0.00} | {1 / run.PerSecond:0.000} |"));
    }

    Console.WriteLine(Invariant($"| 3a. dotnet build + dotnet test per submission, warm servers | {buildTest.Count} | {buildTest.Sum():0.0} | {1 / perBuildTest:0.000} | {perBuildTest:0.00} |"));
    Console.WriteLine(Invariant($"| 3b. dotnet build + dotnet test per submission, cold (fresh container) | {buildTestCold.Count} | {buildTestCold.Sum():0.0} | {1 / perBuildTestCold:0.000} | {perBuildTestCold:0.00} |"));
    Console.WriteLine();
    var ratioFloor = real.PerSecond / floor.PerSecond;
    var ratioBuild = real.PerSecond * perBuildTest;
    var ratioBuildCold = real.PerSecond * perBuildTestCold;
    Console.WriteLine(Invariant($"ratio 1/2 (real vs unsafe floor): {ratioFloor:0.00}x   target >= 0.40x  {Verdict(ratioFloor >= 0.4)}"));
    Console.WriteLine(Invariant($"ratio 1/3b (real vs cold build+test, per submission): {ratioBuildCold:0}x   target >= 50x  {Verdict(ratioBuildCold >= 50)}"));
    Console.WriteLine(Invariant($"ratio 1/3a (real vs warm build+test, per submission): {ratioBuild:0}x   (for reference: servers kept warm between students)"));
    Console.WriteLine(Invariant($"grader peak memory (real): {real.GraderPeakMb:0} MB; unsafe floor process peak: {floor.GraderPeakMb:0} MB"));
    Console.WriteLine(Invariant($"runner peak memory: max {real.RunnerPeakMaxMb:0} MB, median {real.RunnerPeakMedianMb:0} MB over {real.Runners} runners seen"));
    Console.WriteLine(Invariant($"compile worker peak memory: max {real.CompileWorkerPeakMaxMb:0} MB over {real.CompileWorkers} workers seen (one is replaced after {new CompileWorkerOptions().RecycleAfter} compilations)"));
    Console.WriteLine(Invariant($"grader memory growth, first to last {Math.Min(BatchMode.Window, Math.Max(1, real.Submissions / 4))} submissions: {real.FirstWindowMb:0} MB -> {real.LastWindowMb:0} MB = {real.GrowthPercent:+0.0;-0.0} %   target < 10 %  {Verdict(real.GrowthPercent < 10)}"));
    Console.WriteLine(Invariant($"CPU per submission: unsafe floor {floor.ProcessCpuSeconds / floor.Submissions * 1000:0} ms (compile, calls, scoring, reports; all in one process); real path's grader process alone {real.ProcessCpuSeconds / real.Submissions * 1000:0} ms"));
    if (startup is { } started)
    {
        Console.WriteLine(Invariant($"runner process, started on its pipes until ready and ended: {started.ReadyCpuMs:0} ms CPU (the same executable started bare, usage line only: {started.BareCpuMs:0} ms)"));
        var budget = perBuildTestCold / 50 * Environment.ProcessorCount * 1000;
        Console.WriteLine(Invariant($"what 50x leaves: {perBuildTestCold / 50 * 1000:0} ms per submission on {Environment.ProcessorCount} cores = {budget:0} CPU-ms; the floor's grading plus one runner start already take {floor.ProcessCpuSeconds / floor.Submissions * 1000 + started.ReadyCpuMs:0} CPU-ms"));
    }

    Console.WriteLine(Invariant($"Q2 experiments trained while timed (new sets of student values; the rest served from the caches): real {real.CoordinateChecksTrained} coordinate checks, {real.ScaledMlpsBuilt} ScaledMLPs; floor {floor.CoordinateChecksTrained}, {floor.ScaledMlpsBuilt}"));
    Console.WriteLine("statuses (real): " + string.Join(", ", real.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")));
    Console.WriteLine("statuses (floor): " + string.Join(", ", floor.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")));
    return 0;
}
finally
{
    if (!arguments.Keep)
    {
        Directory.Delete(work, recursive: true);
    }
}

async Task<BatchResult> RunChildAsync(string mode)
{
    Console.Error.WriteLine($"{mode}: grading...");
    var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
    {
        info.ArgumentList.Add(typeof(BatchMode).Assembly.Location);
    }

    foreach (var argument in new[] { "--mode", mode, "--in", submissions, "--warm", warmUp, "--work", work, "--jobs", arguments.Jobs.ToString(CultureInfo.InvariantCulture) })
    {
        info.ArgumentList.Add(argument);
    }

    using var process = Process.Start(info)!;
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    var line = output.Split('\n').LastOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"the {mode} run printed no result (exit {process.ExitCode}):\n{output}");
    return JsonConvert.DeserializeObject<BatchResult>(line[ResultPrefix.Length..])!;
}

static string Verdict(bool met) => met ? "met" : "NOT MET";

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static string FindRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Hw3.sln")))
        {
            return directory.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
