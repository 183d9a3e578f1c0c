using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Output;
using Hw3.Grader.Execution.Wording;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>
/// The one live runner of a session: started on demand from <paramref name="source"/> (loading the submission), replaced
/// when it died between calls, stopped when a call failed on it. Once the submission cannot be loaded, no runner is
/// started again and <see cref="LoadFailure"/> says why.
/// </summary>
internal sealed class RunnerSlot(RunnerOptions options, IReadOnlyList<byte[]> assemblies, IRunnerSource source, OutputCapture output, SessionIncidents incidents)
{
    private RunnerProcess? _runner;
    private int _starts;

    /// <summary>The live runner, or null when there is none (never started, or stopped after a failed call).</summary>
    public RunnerProcess? Current => _runner;

    /// <summary>Why the submission cannot be loaded, once a runner said so; null until then.</summary>
    public string? LoadFailure { get; private set; }

    public int Starts => Volatile.Read(ref _starts);

    /// <summary>The live runner, a fresh one if there is none (or the last one died between calls); null if the submission cannot be loaded.</summary>
    /// <param name="next">What is to run next, as the note about a runner that died between calls names it.</param>
    public async Task<RunnerProcess?> EnsureAsync(string next, CancellationToken cancellationToken)
    {
        if (_runner is { HasEnded: true } dead)
        {
            incidents.Report(IncidentText.EndedBetweenCalls(await ClassifyEndAsync(dead).ConfigureAwait(false), next));
            await StopAsync().ConfigureAwait(false);
        }

        if (_runner is { } live)
        {
            return live;
        }

        var runner = source.Acquire(output);
        Interlocked.Increment(ref _starts);
        try
        {
            var loaded = await runner.StartAsync(assemblies, options.StartTimeout, cancellationToken).ConfigureAwait(false);
            if (!loaded.Ok)
            {
                LoadFailure = loaded.Message ?? "no reason given";
                incidents.Report(IncidentText.CouldNotLoad(LoadFailure));
                await runner.StopAsync().ConfigureAwait(false);
                return null;
            }
        }
        catch
        {
            await runner.StopAsync().ConfigureAwait(false);
            throw;
        }

        _runner = runner;
        return runner;
    }

    /// <summary>Kills the live runner, if any (after a failed call: what it was doing no longer matters).</summary>
    public async Task StopAsync()
    {
        if (_runner is { } runner)
        {
            _runner = null;
            await runner.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Asks the live runner, if any, to end, as at the session's end, so what it printed last is still captured.</summary>
    public async Task ShutdownAsync()
    {
        if (_runner is { } runner)
        {
            _runner = null;
            await runner.ShutdownAsync().ConfigureAwait(false);
        }
    }

    /// <summary>How a runner that ended came to end, from what it printed and its exit code.</summary>
    public static async Task<RunnerCrash> ClassifyEndAsync(RunnerProcess runner) =>
        CrashClassifier.Classify(runner.Signals, await runner.WaitForEndAsync().ConfigureAwait(false));
}
