using System.Diagnostics;
using System.Globalization;
using Hw3.Grader.Checks;
using Hw3.Grader.Checks.Kinds.Behaviour;
using Hw3.Grader.Cli;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Bench.Modes;

/// <summary>
/// What grading Q2(c) by behaviour costs the grader: the three q2c items of the real rubric scored in this process (no
/// runner: the rates are computed here, as a runner would return them) on N submissions whose rates were never seen,
/// then on the same N again (served from the experiment cache). Processor time of this process, single-threaded.
/// </summary>
internal static class Q2BehaviourBench
{
    public const string Flag = "--q2";

    private static readonly string[] Items = ["q2c.input", "q2c.hidden", "q2c.output"];

    public static int Run(string root, int count)
    {
        if (!GraderServices.LoadRubric(Path.Combine(root, "rubrics", "hw3.json")).TryGet(out var rubric, out var problems))
        {
            Console.Error.WriteLine("hw3 bench: " + problems);
            return 1;
        }

        var cache = new ExperimentCache();
        var context = new CheckContext(GraderServices.References, GraderServices.Mistakes, rubric.Seed);
        var checks = Items.Select(id => rubric.Items.Single(i => i.Id == id)).Select(item => new BehaviourCheck(item, (BehaviourSettings)item.Settings, context, cache)).ToList();
        var (referenceCpu, _) = Measure(() => checks.ForEach(c => c.ComputeReferences()));
        var referenceRuns = cache.Runs;

        // Submission k: every rate a different multiple of μP's (k-dependent), so that no two submissions share a value.
        var submissions = Enumerable.Range(1, count).Select(k => 1 + (k * 0.01)).ToList();
        var (newCpu, newWall) = Measure(() => submissions.ForEach(factor => Grade(checks, factor)));
        var newRuns = cache.Runs - referenceRuns;
        var (repeatCpu, repeatWall) = Measure(() => submissions.ForEach(factor => Grade(checks, factor)));
        var repeatRuns = cache.Runs - referenceRuns - newRuns;

        Console.WriteLine(Invariant($"Q2(c) by behaviour: {string.Join(", ", Items)} on {count} submissions, in process, one thread; {Environment.ProcessorCount} cores."));
        Console.WriteLine();
        Console.WriteLine("| what | experiments trained | CPU s | CPU s per submission | wall s per submission |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(Invariant($"| references (μP and SP lines, once per grader) | {referenceRuns} | {referenceCpu:F2} | - | - |"));
        Console.WriteLine(Invariant($"| new values (3 items each) | {newRuns} | {newCpu:F2} | {newCpu / count:F3} | {newWall / count:F3} |"));
        Console.WriteLine(Invariant($"| repeated values | {repeatRuns} | {repeatCpu:F2} | {repeatCpu / count:F4} | {repeatWall / count:F4} |"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"target: ≤ 1 s of CPU per submission with new values ({(newCpu / count <= 1 ? "met" : "NOT met")}), about 0 for a repeated set ({(repeatCpu / count <= 0.01 ? "met" : "NOT met")})."));
        return newCpu / count <= 1 ? 0 : 1;
    }

    private static void Grade(IReadOnlyList<BehaviourCheck> checks, double factor)
    {
        foreach (var check in checks)
        {
            var outcomes = check.PlanCalls().ToDictionary(c => c.Key, c => CallOutcome.Returned(WireValue.Of(Rate(c, factor)), 0), StringComparer.Ordinal);
            _ = check.Score(new CallResults(outcomes, "bench"));
        }
    }

    /// <summary>μP's rates times a factor: input baseLr, hidden and output baseLr/fan_in.</summary>
    private static double Rate(MemberCall call, double factor)
    {
        var baseLr = call.Arguments[0].AsDouble()!.Value;
        var fanIn = call.Arguments[1].AsDouble()!.Value;
        return factor * (call.MemberName == "InputLayerLearningRate" ? baseLr : baseLr / fanIn);
    }

    private static (double CpuSeconds, double WallSeconds) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        action();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalSeconds, wall.Elapsed.TotalSeconds);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
