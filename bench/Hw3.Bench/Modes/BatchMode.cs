using System.Diagnostics;
using Hw3.Bench.Floor;
using Hw3.Bench.Measuring;
using Hw3.Grader.Batch;
using Hw3.Grader.Checks.Kinds.Behaviour;
using Hw3.Grader.Checks.Kinds.ScaledMlp;
using Hw3.Grader.Cli;
using Hw3.Grader.Compilation;
using Hw3.Grader.Execution;

namespace Hw3.Bench.Modes;

/// <summary>
/// Grades a folder of submissions with the batch grader, either the real way (compile workers, a fresh
/// runner process per submission, the sandbox where the grader uses one) or the unsafe floor (compile and
/// call in this process). Both first grade one warm-up submission untimed, so the references (computed
/// once per process) and the first compile are not in the figures.
/// </summary>
internal static class BatchMode
{
    public const int Window = 100;

    public static async Task<BatchResult> RunAsync(string mode, string submissions, string warmUp, string work, int jobs)
    {
        if (!GraderServices.LoadRubric(RubricLocator.Resolve(null)).TryGet(out var rubric, out var problems))
        {
            throw new InvalidOperationException(problems);
        }

        var session = GraderServices.CreateSession(rubric);
        var floor = mode == "floor";
        if (!EntryDiscovery.Discover(submissions, null).TryGet(out var entries, out var error))
        {
            throw new InvalidOperationException(error);
        }

        // The compile workers hw3 batch would start for this many submissions.
        await using ISubmissionCompiler compiler = floor
            ? new InProcessCompiler()
            : GraderServices.CreateCompiler(BatchOptions.CompileWorkerOptionsFor(jobs, entries.Count));
        IRunnerFactory runners = floor ? new InProcessRunners() : GraderServices.CreateRunners(rubric);
        var options = new BatchOptions(jobs, Force: true, OnlyItems: []);

        if (!EntryDiscovery.Discover(warmUp, null).TryGet(out var warmEntries, out var warmError))
        {
            throw new InvalidOperationException(warmError);
        }

        await new BatchGrader(session, null, compiler, runners, new ReportStore(Path.Combine(work, mode + "-warm")), options)
            .RunAsync(warmEntries, null, CancellationToken.None);

        var resident = new double[entries.Count];
        var progress = new Recorder(resident);
        await using var sampler = new ChildMemorySampler(TimeSpan.FromMilliseconds(25));
        // Q2's experiments trained in the timed run: each new set of student values trains one (the caches are process-wide).
        var coordinateChecksBefore = ExperimentCache.Shared.Runs;
        var scaledMlpsBefore = ScaledMlpExperimentCache.Shared.Runs;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var outcome = await new BatchGrader(session, null, compiler, runners, new ReportStore(Path.Combine(work, mode + "-graded")), options)
            .RunAsync(entries, progress, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        await sampler.DisposeAsync();

        var window = Math.Min(Window, Math.Max(1, entries.Count / 4));
        var first = resident.Take(window).Average();
        var last = resident.TakeLast(window).Average();
        var peaks = sampler.RunnerPeaksMb;
        var compilerPeaks = sampler.CompilerPeaksMb;
        return new BatchResult(
            mode,
            entries.Count,
            seconds,
            cpuSeconds,
            ProcessMemory.PeakMb(Environment.ProcessId),
            Math.Round((last / first - 1) * 100, 2),
            Math.Round(first, 1),
            Math.Round(last, 1),
            peaks.Count,
            peaks.Count == 0 ? 0 : peaks[^1],
            peaks.Count == 0 ? 0 : peaks[peaks.Count / 2],
            compilerPeaks.Count,
            compilerPeaks.Count == 0 ? 0 : compilerPeaks[^1],
            ExperimentCache.Shared.Runs - coordinateChecksBefore,
            ScaledMlpExperimentCache.Shared.Runs - scaledMlpsBefore,
            outcome.Records.GroupBy(r => Hw3.Grader.Grading.StatusNames.Of(r.Status)).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>The grader's resident memory when each submission finished, in completion order.</summary>
    private sealed class Recorder(double[] resident) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => resident[value.Done - 1] = ProcessMemory.ResidentMb(Environment.ProcessId);
    }
}
