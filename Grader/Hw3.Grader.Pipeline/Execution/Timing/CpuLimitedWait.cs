using System.Diagnostics;
using Hw3.Grader.Execution.Launching;

namespace Hw3.Grader.Execution.Timing;

/// <summary>
/// Waits for a runner's next frame under a <see cref="CallTimeLimit"/>: first for the processor limit in wall
/// time (a call that computes all along ends there, as with a plain wall limit), then, while the runner has used
/// less processor time than that, for what it still may use, until the call has waited its wall limit (run-queue
/// time not counted) or the budget is spent. Where the clocks cannot be read, the processor limit is a wall limit.
/// </summary>
internal static class CpuLimitedWait
{
    /// <summary>How long an answer is awaited before the runner's clocks are read at all.</summary>
    private static readonly TimeSpan FirstWait = TimeSpan.FromMilliseconds(50);

    /// <summary>The shortest wait between two readings, so a limit nearly reached does not spin the grader.</summary>
    private static readonly TimeSpan ShortestWait = TimeSpan.FromMilliseconds(10);

    public static async Task<(Exchange Exchange, CallWait Wait)> NextReplyAsync(
        RunnerProcess runner, CallTimeLimit limit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // Reading the clocks opens a few files per runner thread; most answers come within milliseconds, so they are
        // read only for a call still running after FirstWait. That time counts as computed and waited, whatever the
        // call did in it: the limits then fall no later than with a reading at the start.
        var first = Shorter(FirstWait, Shorter(limit.Processor, limit.Budget));
        var early = await runner.NextReplyAsync(first, cancellationToken).ConfigureAwait(false);
        if (early.End != ExchangeEnd.TimedOut)
        {
            return (early, CallWait.Answered);
        }

        var uncounted = clock.Elapsed;
        var start = runner.ReadTimes();
        var wait = Shorter(limit.Processor, limit.Budget) - uncounted;
        wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        while (true)
        {
            var exchange = await runner.NextReplyAsync(wait, cancellationToken).ConfigureAwait(false);
            if (exchange.End != ExchangeEnd.TimedOut)
            {
                return (exchange, CallWait.Answered);
            }

            var elapsed = clock.Elapsed;
            var now = start is null ? null : runner.ReadTimes();
            var used = now is { } n && start is { } s ? uncounted + (n.Processor - s.Processor) : elapsed;
            var queued = now is not null && start is not null ? now.LongestQueuedSince(start) : TimeSpan.Zero;
            var waited = elapsed - queued;
            if (used >= limit.Processor)
            {
                return (exchange, CallWait.ProcessorLimit);
            }

            if (elapsed >= limit.Budget)
            {
                return (exchange, CallWait.Budget);
            }

            if (waited >= limit.Waiting)
            {
                return (exchange, CallWait.WallLimit);
            }

            // On one thread processor time grows no faster than wall time, so no limit is reached sooner; a call on
            // several threads reached its processor limit in the first wait already.
            wait = Shorter(Shorter(limit.Processor - used, limit.Waiting - waited), limit.Budget - elapsed);
            wait = wait < ShortestWait ? ShortestWait : wait;
        }
    }

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
