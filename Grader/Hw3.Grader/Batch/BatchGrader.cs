using System.Diagnostics;
using Hw3.Grader.Compilation;
using Hw3.Grader.Batch.Recovery;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Hw3.Grader.Submissions;

namespace Hw3.Grader.Batch;

/// <summary>
/// Grades a class: <see cref="BatchOptions.Jobs"/> submissions at a time on a shared compile worker pool and
/// runner factory, one rubric made ready once. Each report is written (atomically) as soon as it is done, so
/// a batch that is killed loses only the submissions in flight; run again, it skips every submission whose
/// report is current (same submission, rubric and grader version). A submission whose grading fails costs
/// that submission, never the batch.
/// </summary>
public sealed class BatchGrader
{
    private readonly GradingSession _session;
    private readonly GradingSession? _onlySession;
    private readonly ISubmissionCompiler _compiler;
    private readonly IRunnerFactory _runners;
    private readonly ReportStore _store;
    private readonly BatchOptions _options;

    /// <param name="onlySession">For <c>--only</c>: the session of the rubric restricted to those items.</param>
    public BatchGrader(GradingSession session, GradingSession? onlySession, ISubmissionCompiler compiler, IRunnerFactory runners, ReportStore store, BatchOptions options)
    {
        _session = session;
        _onlySession = onlySession;
        _compiler = compiler;
        _runners = runners;
        _store = store;
        _options = options;
    }

    public async Task<BatchOutcome> RunAsync(IReadOnlyList<BatchEntry> entries, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        _ = (_onlySession ?? _session).StartComputingReferences();
        _store.RemoveLeftovers();
        var records = new StudentRecord[entries.Count];
        var changes = new ScoreChange?[entries.Count];
        var graded = 0;
        var skipped = 0;
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Jobs), CancellationToken = cancellationToken };
        // One runner per job started ahead of need, so a submission does not wait for its runner process to start.
        await using var preStarted = _runners is RunnerFactory { Options.PreStartedRunners: 0 } factory
            ? factory.WithPreStartedRunners(parallel.MaxDegreeOfParallelism)
            : null;
        var runners = (IRunnerFactory?)preStarted ?? _runners;
        await Parallel.ForEachAsync(Enumerable.Range(0, entries.Count), parallel, async (index, token) =>
        {
            var entry = entries[index];
            var (record, wasSkipped, change) = await GuardedAsync(entry, runners, token).ConfigureAwait(false);
            records[index] = record.WithoutAnswers();
            changes[index] = change;
            if (wasSkipped)
            {
                Interlocked.Increment(ref skipped);
            }
            else
            {
                Interlocked.Increment(ref graded);
            }

            progress?.Report(new BatchProgress(Interlocked.Increment(ref done), entries.Count, entry.Key, wasSkipped));
        }).ConfigureAwait(false);

        return new BatchOutcome(records, graded, skipped, changes.OfType<ScoreChange>().ToList(), clock.Elapsed);
    }

    /// <summary>
    /// Everything done for one student, reading the submission included, behind one guard: whatever fails costs
    /// that student (a grader-error record saying what happened), never the batch.
    /// </summary>
    private async Task<(StudentRecord Record, bool Skipped, ScoreChange? Change)> GuardedAsync(BatchEntry entry, IRunnerFactory runners, CancellationToken cancellationToken)
    {
        try
        {
            return await GradeEntryAsync(entry, runners, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (Failure(entry, CouldNotGrade(e)), false, null);
        }
    }

    private static string CouldNotGrade(Exception e) =>
        "the grader could not grade this submission (" + e.GetType().Name + ": " + e.Message + "); run the batch again to retry it";

    private async Task<(StudentRecord Record, bool Skipped, ScoreChange? Change)> GradeEntryAsync(BatchEntry entry, IRunnerFactory runners, CancellationToken cancellationToken)
    {
        if (entry.NoSourceReason is not null)
        {
            return (Failure(entry, entry.NoSourceReason) with { Status = SubmissionStatus.NoSource }, false, null);
        }

        if (!SubmissionLoader.Load(entry.Path).TryGet(out var source, out var error))
        {
            return (Failure(entry, error), false, null);
        }

        var rubric = _session.Rubric;
        var record = _store.ReadRecord(entry.Key);
        if (_onlySession is not null && record is not null && record.SubmissionSha256 == source.Sha256
            && record.Status != SubmissionStatus.GraderError && _store.ReadReport(entry.Key) is { } existing)
        {
            return await RegradeItemsAsync(entry, source, existing, record, runners, cancellationToken).ConfigureAwait(false);
        }

        if (_onlySession is null && !_options.Force
            && ResumeCheck.IsCurrent(_store.ReadReport(entry.Key), record, source.Sha256, rubric.Sha256, GraderInfo.Version))
        {
            return (record! with { StudentId = entry.StudentId, StudentName = entry.StudentName, Email = entry.Email, Members = entry.Members }, true, null);
        }

        var (report, failure) = await GradeAsync(_session, source, runners, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return (Failure(entry, failure!), false, null);
        }

        var fresh = StudentRecord.From(report, entry.Key, entry.StudentId, entry.StudentName, entry.Email, StaffPath(entry)) with { Members = entry.Members };
        if (report.Status == SubmissionStatus.CompileError)
        {
            // No call ran, so no free-text answer was collected: read what the source spells out, for manual.csv.
            fresh = RecoveredAnswers.Into(fresh, source);
        }

        await _store.WriteAsync(entry.Key, report, fresh, cancellationToken).ConfigureAwait(false);
        var change = _onlySession is not null && record is not null && record.Score != fresh.Score
            ? new ScoreChange(entry.Key, entry.StudentName, record.Score, fresh.Score)
            : null;
        return (fresh, false, change);
    }

    /// <summary><c>--only</c>: the regraded items merged into the report written before, on the model, and rendered again.</summary>
    private async Task<(StudentRecord, bool, ScoreChange?)> RegradeItemsAsync(
        BatchEntry entry, SubmissionSource source, GradeReport existing, StudentRecord record, IRunnerFactory runners, CancellationToken cancellationToken)
    {
        var (report, failure) = await GradeAsync(_onlySession!, source, runners, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return (record with { Message = failure! }, false, null);
        }

        var merged = ReportMerge.Merge(existing, report);
        var updated = StudentRecord.From(merged, entry.Key, entry.StudentId, entry.StudentName, entry.Email, StaffPath(entry)) with { Seconds = record.Seconds, Members = entry.Members };
        await _store.WriteAsync(entry.Key, merged, updated, cancellationToken).ConfigureAwait(false);
        var change = updated.Score != record.Score ? new ScoreChange(entry.Key, entry.StudentName, record.Score, updated.Score) : null;
        return (updated, false, change);
    }

    /// <summary>The path a TA can run <c>./hw3 eval</c> on: none for a zip, whose unpacked copy is deleted after grading.</summary>
    private static string? StaffPath(BatchEntry entry) => entry.Zipped ? null : entry.Path;

    private async Task<(GradeReport? Report, string? Failure)> GradeAsync(GradingSession session, SubmissionSource source, IRunnerFactory runners, CancellationToken cancellationToken)
    {
        try
        {
            return (await new SubmissionGrader(session, _compiler, runners).GradeAsync(source, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, CouldNotGrade(e));
        }
    }

    private StudentRecord Failure(BatchEntry entry, string message) => new()
    {
        Key = entry.Key,
        StudentId = entry.StudentId,
        StudentName = entry.StudentName,
        Email = entry.Email,
        Members = entry.Members,
        Status = SubmissionStatus.GraderError,
        MaxScore = _session.Rubric.AutoPoints,
        Message = message,
    };
}
