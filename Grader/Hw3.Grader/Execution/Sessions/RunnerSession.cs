using System.Diagnostics;
using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Output;
using Hw3.Grader.Execution.Wording;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>
/// Runs the calls of one submission, one at a time. The runner starts on the first call; a call that
/// times out, crashes the runner or answers nonsense gets its outcome, the runner is stopped, and the
/// next call starts a fresh one (which loads the submission again). The submission's time budget covers
/// every call, runner starts included; once it is spent the remaining calls are not run.
/// </summary>
internal sealed class RunnerSession(RunnerOptions options, IReadOnlyList<byte[]> assemblies, RunnerLauncher launcher) : IRunnerSession
{
    private const string EvalExpression = "the eval expression";

    /// <summary>The longest a timer can wait; an infinite timeout means "as long as the budget allows".</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly OutputCapture _output = new(options.MaxCapturedOutputBytes);
    private readonly List<string> _incidents = [];
    private readonly CallBudget _budget = new(options.SubmissionBudget);
    private RunnerProcess? _runner;
    private string? _loadFailure;
    private bool _budgetReported;
    private bool _disposed;
    private int _nextId;
    private int _runnerStarts;

    public CapturedOutput Output => _output.Snapshot();

    public IReadOnlyList<string> Incidents
    {
        get
        {
            lock (_incidents)
            {
                return _incidents.ToArray();
            }
        }
    }

    public int RunnerStarts => Volatile.Read(ref _runnerStarts);

    public Task<CallOutcome> InvokeAsync(MemberCall call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return PerformAsync(
            id => new InvokeRequest(id, call.TypeName, call.MemberName, call.ParameterTypes, call.Arguments),
            () => call.Key,
            timeout,
            cancellationToken);
    }

    public Task<CallOutcome> EvaluateAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        PerformAsync(id => new EvaluateRequest(id), () => EvalExpression, timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_runner is { } runner)
            {
                _runner = null;
                await runner.ShutdownAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CallOutcome> PerformAsync(Func<int, Message> request, Func<string> describe, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_loadFailure is not null)
            {
                return CallOutcome.Failed(CallStatus.NotRun, "the runner could not load the submission: " + _loadFailure);
            }

            if (_budget.Exhausted)
            {
                return BudgetUsedUp();
            }

            var clock = Stopwatch.StartNew();
            try
            {
                return await PerformOnRunnerAsync(request, describe, timeout, clock, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _budget.Charge(clock.Elapsed);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CallOutcome> PerformOnRunnerAsync(
        Func<int, Message> request, Func<string> describe, TimeSpan timeout, Stopwatch clock, CancellationToken cancellationToken)
    {
        var runner = await EnsureRunnerAsync(describe, cancellationToken).ConfigureAwait(false);
        if (runner is null)
        {
            return CallOutcome.Failed(CallStatus.NotRun, "the runner could not load the submission: " + _loadFailure);
        }

        var remaining = _budget.Remaining - clock.Elapsed;
        var requested = timeout < TimeSpan.Zero || timeout > LongestWait ? LongestWait : timeout;
        var cutByBudget = remaining < requested;
        var limit = cutByBudget ? (remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero) : requested;
        var id = ++_nextId;

        Exchange exchange;
        try
        {
            exchange = await runner.ExchangeAsync(request(id), limit, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await StopRunnerAsync().ConfigureAwait(false);
            throw;
        }

        if (exchange.Reply is CallResponse response && response.Id == id && IsRunnerOutcome(response.Outcome))
        {
            return response.Outcome;
        }

        return exchange.End switch
        {
            ExchangeEnd.TimedOut when cutByBudget => await BudgetRanOutDuringAsync(describe()).ConfigureAwait(false),
            ExchangeEnd.TimedOut => await TimedOutAsync(describe(), limit).ConfigureAwait(false),
            ExchangeEnd.Ended => await CrashedAsync(describe(), await ClassifyEndAsync(runner).ConfigureAwait(false)).ConfigureAwait(false),
            _ => await CrashedAsync(describe(), CrashClassifier.InvalidAnswer).ConfigureAwait(false),
        };
    }

    private static async Task<RunnerCrash> ClassifyEndAsync(RunnerProcess runner) =>
        CrashClassifier.Classify(runner.Signals, await runner.WaitForEndAsync().ConfigureAwait(false));

    /// <summary>The live runner, a fresh one if there is none (or the last one died between calls); null if the submission cannot be loaded.</summary>
    private async Task<RunnerProcess?> EnsureRunnerAsync(Func<string> describe, CancellationToken cancellationToken)
    {
        if (_runner is { HasEnded: true } dead)
        {
            var crash = await ClassifyEndAsync(dead).ConfigureAwait(false);
            Report($"the runner {crash.Incident} between calls, before {describe()}; a fresh runner was started");
            await StopRunnerAsync().ConfigureAwait(false);
        }

        if (_runner is { } live)
        {
            return live;
        }

        var runner = launcher.Launch(_output);
        Interlocked.Increment(ref _runnerStarts);
        try
        {
            var loaded = await runner.StartAsync(assemblies, options.StartTimeout, cancellationToken).ConfigureAwait(false);
            if (!loaded.Ok)
            {
                _loadFailure = loaded.Message ?? "no reason given";
                Report("the runner could not load the submission: " + _loadFailure);
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

    private async Task<CallOutcome> TimedOutAsync(string what, TimeSpan limit)
    {
        await StopRunnerAsync().ConfigureAwait(false);
        var seconds = LimitText.Seconds(limit);
        Report($"{what} did not return within {seconds} s; the runner was stopped and restarted");
        return CallOutcome.Failed(CallStatus.TimedOut, $"did not return within {seconds} s", elapsedMs: limit.TotalMilliseconds);
    }

    private async Task<CallOutcome> BudgetRanOutDuringAsync(string what)
    {
        await StopRunnerAsync().ConfigureAwait(false);
        _budget.MarkExhausted();
        _budgetReported = true;
        var budget = LimitText.Seconds(_budget.Total);
        Report($"{what} was still running when the submission's time budget of {budget} s was used up; the runner was stopped and the remaining calls were not run");
        return CallOutcome.Failed(CallStatus.TimedOut, $"did not return before the submission's time budget of {budget} s was used up");
    }

    private async Task<CallOutcome> CrashedAsync(string what, RunnerCrash crash)
    {
        await StopRunnerAsync().ConfigureAwait(false);
        Report($"the runner {crash.Incident} during {what}");
        return CallOutcome.Failed(CallStatus.Crashed, crash.Outcome);
    }

    private CallOutcome BudgetUsedUp()
    {
        var budget = LimitText.Seconds(_budget.Total);
        if (!_budgetReported)
        {
            _budgetReported = true;
            Report($"the submission's time budget of {budget} s was used up; the remaining calls were not run");
        }

        return CallOutcome.Failed(CallStatus.NotRun, $"the submission's time budget of {budget} s was used up");
    }

    private async Task StopRunnerAsync()
    {
        if (_runner is { } runner)
        {
            _runner = null;
            await runner.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Only what a runner may say; the grader's own verdicts (timed out, crashed, not run) cannot be claimed.</summary>
    private static bool IsRunnerOutcome(CallOutcome? outcome) => outcome?.Status switch
    {
        CallStatus.Returned => outcome.Value is not null,
        CallStatus.Threw or CallStatus.TypeMissing or CallStatus.MemberMissing
            or CallStatus.SignatureMismatch or CallStatus.UnsupportedReturn => true,
        _ => false,
    };

    private void Report(string incident)
    {
        lock (_incidents)
        {
            _incidents.Add(incident);
        }
    }
}
