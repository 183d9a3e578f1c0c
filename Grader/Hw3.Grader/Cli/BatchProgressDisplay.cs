using Hw3.Grader.Batch;
using Spectre.Console;

namespace Hw3.Grader.Cli;

/// <summary>
/// A progress bar with counts and time left (once a few submissions were graded) while a batch runs, on an interactive terminal; nothing but
/// the final summary when the output is redirected or <c>CI</c> is set.
/// </summary>
public static class BatchProgressDisplay
{
    public static bool IsLive(IAnsiConsole console) =>
        console.Profile.Capabilities.Interactive && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static async Task<BatchOutcome> RunAsync(IAnsiConsole console, int total, Func<IProgress<BatchProgress>?, Task<BatchOutcome>> run)
    {
        if (!IsLive(console))
        {
            return await run(null).ConfigureAwait(false);
        }

        BatchOutcome? outcome = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var estimate = new TimeLeftEstimate(() => clock.Elapsed);
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TimeLeftColumn(estimate), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"graded 0/{total}", maxValue: Math.Max(1, total));
                var progress = new SynchronousProgress(p =>
                {
                    estimate.Report(p);
                    task.Value = p.Done;
                    task.Description = $"graded {p.Done}/{p.Total}";
                });
                outcome = await run(progress).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return outcome!;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to a thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        private readonly Lock _gate = new();

        public void Report(BatchProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
