using System.Diagnostics;
using System.Globalization;
using Hw3.Grader.Checks;
using Hw3.Grader.Checks.Kinds.Behaviour;
using Hw3.Grader.Checks.Kinds.ScaledMlp;
using Hw3.Grader.Cli;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Plots;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Bench.Modes;

/// <summary>
/// What grading Q2 by behaviour costs the grader: the three q2c items and q2d.scaled of the real rubric scored in this
/// process (no runner: the values are computed here, as a runner would return them) on N submissions whose values were
/// never seen, then on the same N again (served from the experiment caches), and coordcheck.png drawn for each.
/// Processor time of this process, single-threaded.
/// </summary>
internal static class Q2BehaviourBench
{
    public const string Flag = "--q2";

    private static readonly string[] Items = ["q2c.input", "q2c.hidden", "q2c.output", "q2d.scaled"];

    public static int Run(string root, int count)
    {
        if (!GraderServices.LoadRubric(Path.Combine(root, "rubrics", "hw3.json")).TryGet(out var rubric, out var problems))
        {
            Console.Error.WriteLine("hw3 bench: " + problems);
            return 1;
        }

        var cache = new ExperimentCache();
        var scaledCache = new ScaledMlpExperimentCache();
        var context = new CheckContext(GraderServices.References, GraderServices.Mistakes, rubric.Seed);
        var items = Items.Select(id => rubric.Items.Single(i => i.Id == id)).ToList();
        var checks = items.Select(item => item.Settings switch
        {
            BehaviourSettings b => (ICheck)new BehaviourCheck(item, b, context, cache),
            ScaledMlpSettings m => new ScaledMlpCheck(item, m, context, scaledCache),
            _ => throw new InvalidOperationException($"{item.Id} is not graded by behaviour"),
        }).ToList();
        long Runs() => cache.Runs + scaledCache.Runs;
        var (referenceCpu, _) = Measure(() => checks.ForEach(c => c.ComputeReferences()));
        var referenceRuns = Runs();

        // Submission k: every value a different multiple of the reference's (k-dependent), so that no two submissions share one.
        var submissions = Enumerable.Range(1, count).Select(k => 1 + (k * 0.01)).ToList();
        var reports = new List<IReadOnlyList<ItemResult>>();
        var (newCpu, newWall) = Measure(() => submissions.ForEach(factor => reports.Add(Grade(checks, factor))));
        var newRuns = Runs() - referenceRuns;
        var (repeatCpu, repeatWall) = Measure(() => submissions.ForEach(factor => Grade(checks, factor)));
        var repeatRuns = Runs() - referenceRuns - newRuns;
        var (pictureCpu, pictureWall) = Measure(() => reports.ForEach(r => _ = CoordinateCheckFigure.Render(r)));

        Console.WriteLine(Invariant($"Q2 by behaviour: {string.Join(", ", Items)} on {count} submissions, in process, one thread; {Environment.ProcessorCount} cores."));
        Console.WriteLine();
        Console.WriteLine("| what | experiments run | CPU s | CPU s per submission | wall s per submission |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(Invariant($"| references (μP and SP lines, the reference ScaledMLP; once per grader) | {referenceRuns} | {referenceCpu:F2} | - | - |"));
        Console.WriteLine(Invariant($"| new values ({Items.Length} items each) | {newRuns} | {newCpu:F2} | {newCpu / count:F3} | {newWall / count:F3} |"));
        Console.WriteLine(Invariant($"| repeated values | {repeatRuns} | {repeatCpu:F2} | {repeatCpu / count:F4} | {repeatWall / count:F4} |"));
        Console.WriteLine(Invariant($"| coordcheck.png (hw3 grade, hw3 check; not hw3 batch) | - | {pictureCpu:F2} | {pictureCpu / count:F3} | {pictureWall / count:F3} |"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"target: ≤ 1 s of CPU per submission with new values ({(newCpu / count <= 1 ? "met" : "NOT met")}), about 0 for a repeated set ({(repeatCpu / count <= 0.01 ? "met" : "NOT met")})."));
        return newCpu / count <= 1 ? 0 : 1;
    }

    private static IReadOnlyList<ItemResult> Grade(IReadOnlyList<ICheck> checks, double factor) => checks.Select(check =>
    {
        var outcomes = check.PlanCalls().ToDictionary(c => c.Key, c => CallOutcome.Returned(WireValue.Of(Value(c, factor)), 0), StringComparer.Ordinal);
        return check.Score(new CallResults(outcomes, "bench"));
    }).ToList();

    /// <summary>
    /// μP's rates times a factor (input baseLr, hidden and output baseLr/fan_in); the ScaledMLP's forward multiplier times it
    /// and its init multiplier divided by it (the function at initialisation stays the same, the values are new).
    /// </summary>
    private static double Value(MemberCall call, double factor)
    {
        if (call.MemberName is "ScaledForwardMultiplier" or "ScaledInitMultiplier")
        {
            var fan = call.Arguments[0].AsDouble()!.Value;
            return call.MemberName == "ScaledForwardMultiplier" ? factor / fan : fan / factor;
        }

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
