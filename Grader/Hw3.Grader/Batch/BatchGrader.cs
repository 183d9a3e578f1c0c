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
    private readonly GradescopeExporter _exporter = new();

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
            return (Failure(entry, entry.NoSourceReason) with { Status = StatusNames.Of(SubmissionStatus.NoSource) }, false, null);
        }

        var loaded = SubmissionLoader.Load(entry.Path);
        if (loaded.Source is null)
        {
            return (Failure(entry, loaded.Error ?? "the submission cannot be read"), false, null);
        }

        var source = loaded.Source;
        var rubric = _session.Rubric;
        var record = _store.ReadRecord(entry.Key);
        if (_onlySession is not null && record is not null && record.SubmissionSha256 == source.Sha256
            && record.StatusValue != SubmissionStatus.GraderError && File.Exists(_store.ResultsPath(entry.Key)))
        {
            return await RegradeItemsAsync(entry, source, record, runners, cancellationToken).ConfigureAwait(false);
        }

        if (_onlySession is null && !_options.Force
            && ResumeCheck.IsCurrent(_store.ReadResults(entry.Key), record, source.Sha256, rubric.Sha256, GraderInfo.Version))
        {
            return (record! with { StudentId = entry.StudentId, StudentName = entry.StudentName, Email = entry.Email, Members = entry.Members }, true, null);
        }

        var (report, status, failure) = await GradeAsync(_session, source, runners, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return (Failure(entry, failure!), false, null);
        }

        var fresh = ToRecord(entry, report, status);
        if (status == SubmissionStatus.CompileError)
        {
            // No call ran, so no free-text answer was collected: read what the source spells out, for manual.csv.
            fresh = RecoveredAnswers.Into(fresh, source);
        }

        await _store.WriteAsync(entry.Key, _exporter.Render(report), fresh, cancellationToken).ConfigureAwait(false);
        var change = _onlySession is not null && record is not null && record.Score != fresh.Score
            ? new ScoreChange(entry.Key, entry.StudentName, record.Score, fresh.Score)
            : null;
        return (fresh, false, change);
    }

    private async Task<(StudentRecord, bool, ScoreChange?)> RegradeItemsAsync(BatchEntry entry, SubmissionSource source, StudentRecord record, IRunnerFactory runners, CancellationToken cancellationToken)
    {
        var (report, _, failure) = await GradeAsync(_onlySession!, source, runners, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return (record with { Message = failure! }, false, null);
        }

        var existing = await File.ReadAllTextAsync(_store.ResultsPath(entry.Key), cancellationToken).ConfigureAwait(false);
        var rubric = _session.Rubric;
        var merged = ResultsMerge.MergeResults(existing, _exporter.Render(report), rubric.Sha256, GraderInfo.Version);
        var updated = ResultsMerge.MergeRecord(record, report.Items.Select(RecordItem.From).ToList(), rubric.Sha256, GraderInfo.Version)
            with { StudentId = entry.StudentId, StudentName = entry.StudentName, Email = entry.Email, Members = entry.Members };
        await _store.WriteAsync(entry.Key, merged, updated, cancellationToken).ConfigureAwait(false);
        var change = updated.Score != record.Score ? new ScoreChange(entry.Key, entry.StudentName, record.Score, updated.Score) : null;
        return (updated, false, change);
    }

    private async Task<(GradeReport? Report, SubmissionStatus Status, string? Failure)> GradeAsync(GradingSession session, SubmissionSource source, IRunnerFactory factory, CancellationToken cancellationToken)
    {
        var compiler = new ObservedCompiler(_compiler);
        var runners = new ObservedRunners(factory);
        try
        {
            var report = await new SubmissionGrader(session, compiler, runners).GradeAsync(source, cancellationToken).ConfigureAwait(false);
            return (report, StatusOf(source, compiler.Outcome, runners), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, SubmissionStatus.GraderError, CouldNotGrade(e));
        }
    }

    private static SubmissionStatus StatusOf(SubmissionSource source, CompileOutcome? compiled, ObservedRunners runners) => compiled switch
    {
        _ when source.Files.Count == 0 => SubmissionStatus.NoSource,
        CompileFailed { Kind: CompileFailureKind.Errors or CompileFailureKind.TooLarge } => SubmissionStatus.CompileError,
        CompileFailed => SubmissionStatus.CompilerFailed,
        _ when runners.TimedOut > 0 => SubmissionStatus.TimedOut,
        _ when runners.Crashed > 0 => SubmissionStatus.RunnerCrashed,
        _ => SubmissionStatus.Graded,
    };

    private static StudentRecord ToRecord(BatchEntry entry, GradeReport report, SubmissionStatus status) => new()
    {
        Key = entry.Key,
        StudentId = entry.StudentId,
        StudentName = entry.StudentName,
        Email = entry.Email,
        Members = entry.Members,
        Status = StatusNames.Of(status),
        Score = report.Score,
        MaxScore = report.MaxScore,
        Seconds = Math.Round(report.ExecutionTime.TotalSeconds, 3),
        SubmissionSha256 = report.SubmissionSha256,
        RubricSha256 = report.RubricSha256,
        GraderVersion = report.GraderVersion,
        Message = report.Summary,
        Items = report.Items.Select(RecordItem.From).ToList(),
    };

    private StudentRecord Failure(BatchEntry entry, string message) => new()
    {
        Key = entry.Key,
        StudentId = entry.StudentId,
        StudentName = entry.StudentName,
        Email = entry.Email,
        Members = entry.Members,
        Status = StatusNames.Of(SubmissionStatus.GraderError),
        MaxScore = _session.Rubric.AutoPoints,
        Message = message,
    };
}
