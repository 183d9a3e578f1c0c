using System.Diagnostics;
using Hw3.Grader.Compilation;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Submissions;

namespace Hw3.Grader.Grading;

/// <summary>
/// The grading path for one submission, one way through: compile (in a compile worker), run every planned call (in a
/// fresh runner, one for the whole submission unless a call ends it), score (here, against references), report.
/// Whatever the submission does, the result is a report; only cancellation by the caller ends it early.
/// </summary>
public sealed class SubmissionGrader(GradingSession session, ISubmissionCompiler compiler, IRunnerFactory runners)
{
    public async Task<GradeReport> GradeAsync(SubmissionSource source, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var notes = new List<string>();
        notes.AddRange(source.Problems);
        if (source.Ignored.Count > 0)
        {
            notes.Add("Ignored (not C# source): " + string.Join(", ", source.Ignored));
        }

        IReadOnlyList<CompileDiagnostic> diagnostics = [];
        CallResults results;
        string summary;
        SubmissionStatus status;
        var output = "";
        long dropped = 0;
        if (source.Files.Count == 0)
        {
            summary = "Nothing could be graded: " + (source.Problems.Count > 0 ? source.Problems[0] : "the submission holds no .cs or .csx file") + ".";
            results = NotRun(source, "was not run: the submission holds no usable C# source file");
            status = SubmissionStatus.NoSource;
        }
        else
        {
            var compiled = await compiler.CompileAsync(source.Files, cancellationToken).ConfigureAwait(false);
            diagnostics = compiled.Diagnostics;
            if (compiled.LanguageLayerOff)
            {
                notes.Add(CompileOutcome.LanguageLayerOffNote);
            }

            if (compiled is CompileFailed failed)
            {
                summary = failed.Message.EndsWith('.') ? failed.Message : failed.Message + ".";
                results = NotRun(source, "was not run: the submission did not compile");
                status = failed.Kind is CompileFailureKind.Errors or CompileFailureKind.TooLarge ? SubmissionStatus.CompileError : SubmissionStatus.CompilerFailed;
            }
            else
            {
                var assembly = ((CompileSucceeded)compiled).Assembly;
                await using var runner = runners.Open([assembly]);
                var outcomes = new Dictionary<string, CallOutcome>(StringComparer.Ordinal);
                var timedOut = false;
                var crashed = false;
                foreach (var group in session.CallGroups)
                {
                    // Groups in order, most visible first, one group at a time: InvokeManyAsync returns once every call of
                    // the group is decided, so no request of a later group reaches a runner before every answer of this one
                    // came back, and none of this group's calls runs again later. Static state can then carry a visible
                    // input into a hidden item's answer (it may see it), never a hidden input into a visible one.
                    var before = runner.Incidents.Count;
                    // In order, pipelined; a member that hung or crashed the runner has its later calls skipped (IRunnerSession.InvokeManyAsync).
                    var performed = await runner.InvokeManyAsync(group.Calls, cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < group.Calls.Count; i++)
                    {
                        outcomes[group.Calls[i].Call.Key] = performed[i];
                        timedOut |= performed[i].Status == CallStatus.TimedOut;
                        crashed |= performed[i].Status == CallStatus.Crashed;
                    }

                    notes.AddRange(Incidents(group, runner.Incidents.Skip(before).ToList()));
                }

                results = new CallResults(outcomes, source.Name);
                var printed = await runner.EndAsync().ConfigureAwait(false);
                output = printed.Text;
                dropped = printed.DroppedBytes;
                summary = "Compiled and graded.";
                status = timedOut ? SubmissionStatus.TimedOut : crashed ? SubmissionStatus.RunnerCrashed : SubmissionStatus.Graded;
            }
        }

        var ran = status is not (SubmissionStatus.NoSource or SubmissionStatus.CompileError or SubmissionStatus.CompilerFailed);
        // Where nothing ran, an automatic item is "not run" rather than "failed": decided here, the one place that knows.
        var items = session.Checks.Select(check => check.Score(results))
            .Select(item => ran || item.IsManual ? item : item with { Score = 0, Status = ItemStatus.NotRun })
            .ToList();
        return new GradeReport(
            source.Name,
            source.Sha256,
            session.Rubric.Title,
            session.Rubric.Sha256,
            GraderInfo.Version,
            session.Rubric.Seed,
            status,
            summary,
            notes,
            diagnostics,
            items,
            output,
            dropped,
            clock.Elapsed);
    }

    /// <summary>
    /// A visible group's incidents as they are; another group's only as a count, because incidents name calls with
    /// their inputs and the notes are shown to the student before the deadline. Each failed call is still described
    /// in its own item, which has that item's visibility.
    /// </summary>
    private static IEnumerable<string> Incidents(CallGroup group, IReadOnlyList<string> incidents) =>
        group.Visibility == Rubrics.Visibility.Visible || incidents.Count == 0
            ? incidents
            : [$"{incidents.Count} {(incidents.Count == 1 ? "incident" : "incidents")} while running the calls of {group.Visibility} items; each is described in its item"];

    private CallResults NotRun(SubmissionSource source, string message) =>
        CallResults.AllFailed(session.Calls.Select(c => c.Call), CallOutcome.Failed(CallStatus.NotRun, message), source.Name);
}
