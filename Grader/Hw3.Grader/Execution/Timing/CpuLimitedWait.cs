using System.Diagnostics;
using Hw3.Grader.Execution.Launching;

namespace Hw3.Grader.Execution.Timing;

/// <summary>
/// Waits for a runner's next frame under a <see cref="CallTimeLimit"/>: first for the processor limit in wall
/// time (a call that computes all along ends there, as with a plain wall limit), then, while the runner has
/// used less processor time than that, for what it still may use, until the wall limit. Where processor time
/// cannot be read the processor limit is a wall limit, as before.
/// </summary>
internal static class CpuLimitedWait
{
    public static async Task<(Exchange Exchange, CallWait Wait)> NextReplyAsync(
        RunnerProcess runner, CallTimeLimit limit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var startCpu = runner.CpuTime;
        var wait = limit.Processor < limit.Wall ? limit.Processor : limit.Wall;
        while (true)
        {
            var exchange = await runner.NextReplyAsync(wait, cancellationToken).ConfigureAwait(false);
            if (exchange.End != ExchangeEnd.TimedOut)
            {
                return (exchange, CallWait.Answered);
            }

            var elapsed = clock.Elapsed;
            var used = startCpu is { } start && runner.CpuTime is { } now ? now - start : (TimeSpan?)null;
            if (used is null || used >= limit.Processor)
            {
                return (exchange, limit.WallIsBudget && elapsed >= limit.Wall ? CallWait.Budget : CallWait.ProcessorLimit);
            }

            if (elapsed >= limit.Wall)
            {
                return (exchange, limit.WallIsBudget ? CallWait.Budget : CallWait.WallLimit);
            }

            // On one thread processor time grows no faster than wall time, so the limit is not reached sooner; a call on
            // several threads reached it in the first wait already.
            var untilProcessor = limit.Processor - used.Value;
            var untilWall = limit.Wall - elapsed;
            wait = untilProcessor < untilWall ? untilProcessor : untilWall;
        }
    }
}
