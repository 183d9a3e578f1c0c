using System.Globalization;
using Hw3.Bench.Measuring;
using Hw3.Grader.Autograder;
using Hw3.Grader.Checks.Kinds.Behaviour;
using Hw3.Grader.Checks.Kinds.ScaledMlp;
using Hw3.Grader.Cli;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;

namespace Hw3.Bench.Cold;

/// <summary>
/// <c>--cold-probe &lt;submission folder&gt; [first|background] [rubric]</c>: where one cold grade spends its time, in a fresh
/// process that does what <c>hw3 autograder</c> does (rubric, submission, session, compile worker, runners, scoring,
/// Gradescope report), with each step marked on a timeline. <c>first</c> (the default) computes every check's
/// references before anything else and marks when they are done, so the steps after that mark are a cold grade with
/// the references out of the picture (what a grader that loads them from a file pays); <c>background</c> starts them
/// as the autograder does today. Point <c>HW3_COMPILER_DIR</c>/<c>HW3_RUNNER_DIR</c> at an unpacked autograder to time
/// its compile worker and runner instead of this checkout's build.
/// </summary>
internal static class ColdProbe
{
    public const string Flag = "--cold-probe";

    public static async Task<int> RunAsync(string submission, bool referencesFirst, string rubricPath)
    {
        var timeline = new Timeline();
        timeline.Mark("Main");
        if (!GraderServices.LoadRubric(rubricPath).TryGet(out var rubric, out var problems))
        {
            Console.Error.WriteLine(problems);
            return 1;
        }

        timeline.Mark("rubric loaded");
        var source = AutograderSubmission.Load(submission);
        timeline.Mark("submission read");
        var session = GraderServices.CreateSession(rubric);
        timeline.Mark("session created (checks built, calls planned)");
        var references = session.StartComputingReferences();
        if (referencesFirst)
        {
            await references;
            timeline.Mark("references computed");
        }

        var experiments = Experiments();
        GradeReport report;
        var pool = GraderServices.CreateCompiler();
        await using (var compiler = new TimedCompiler(pool, timeline))
        {
            timeline.Mark("compile worker pool created");
            // What the first compilation would do first anyway (start a worker and wait for its warm-up), marked apart.
            await pool.WarmUpAsync(CancellationToken.None);
            timeline.Mark("compile worker started and warm");
            var runners = GraderServices.CreateRunners(rubric);
            timeline.Mark("sandbox probed, runner factory created");
            report = await new SubmissionGrader(session, compiler, new TimedRunners(runners, timeline)).GradeAsync(source, CancellationToken.None);
            timeline.Mark("scored");
            _ = new GradescopeExporter().Render(report);
            timeline.Mark("Gradescope report rendered");
        }

        timeline.Mark("compile worker stopped");
        timeline.Print(Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {StatusNames.Of(report.Status)}, {report.Score} / {report.MaxScore}; Q2 experiments trained while scoring: {Experiments() - experiments} (after the references' {experiments}); children's CPU (compile worker, runners, sandbox tools): {RunnerStartup.ChildrenCpuMs() / 1000:0.000} s"));
        return 0;
    }

    private static long Experiments() => ExperimentCache.Shared.Runs + ScaledMlpExperimentCache.Shared.Runs;
}
