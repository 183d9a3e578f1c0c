using Hw3.Grader.Compilation;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Submissions;
using Hw3.Kit.Manifest;
using Hw3.Kit.Properties;

namespace Hw3.Kit.Checking;

/// <summary>
/// One check of a student's file, the grading path's way: compile in the compile worker, run every planned call in
/// one sandboxed runner (pipelined), then judge each item's property here, where no student code runs.
/// </summary>
public sealed class KitChecker(KitManifest manifest, ISubmissionCompiler compiler, IRunnerFactory runners)
{
    public async Task<KitRun> CheckAsync(SubmissionSource source, CancellationToken cancellationToken)
    {
        var notes = new List<string>(source.Problems);
        if (source.Ignored.Count > 0)
        {
            notes.Add("Ignored (not C# source): " + string.Join(", ", source.Ignored));
        }

        if (source.Files.Count == 0)
        {
            return Failed(source, notes, "There is no .cs file to check", []);
        }

        var compiled = await compiler.CompileAsync(source.Files, cancellationToken).ConfigureAwait(false);
        if (compiled is CompileFailed failed)
        {
            return Failed(source, notes, failed.Message, failed.Diagnostics);
        }

        var factory = new CallFactory(manifest);
        var checks = manifest.Items.Select(item => (Item: item, Check: PropertyChecks.Create(item, factory))).ToList();
        var timeout = TimeSpan.FromSeconds(manifest.CallTimeoutSeconds);
        var calls = checks.Where(c => c.Check is not null)
            .SelectMany(c => c.Check!.Calls)
            .DistinctBy(call => call.Key, StringComparer.Ordinal)
            .Select(call => (call, timeout))
            .ToList();

        await using var runner = runners.Open([((CompileSucceeded)compiled).Assembly]);
        var performed = await runner.InvokeManyAsync(calls, cancellationToken).ConfigureAwait(false);
        var outcomes = new Dictionary<string, CallOutcome>(StringComparer.Ordinal);
        for (var i = 0; i < calls.Count; i++)
        {
            outcomes[calls[i].call.Key] = performed[i];
        }

        notes.AddRange(runner.Incidents);
        var answers = new Answers(outcomes);
        var items = checks.Select(c => new KitItemResult(
            c.Item,
            c.Check?.Judge(answers) ?? KitVerdict.Fail("the kit has no check for this item; it is graded after submission"))).ToList();
        var printed = await runner.EndAsync().ConfigureAwait(false);
        return new KitRun(source.Name, notes, null, compiled.Diagnostics, items, printed.Text, printed.DroppedBytes, manifest.GradedAfterSubmission);
    }

    private KitRun Failed(SubmissionSource source, List<string> notes, string message, IReadOnlyList<Hw3.Grader.Protocol.Messages.CompileDiagnostic> diagnostics) =>
        new(source.Name, notes, message, diagnostics, [], "", 0, manifest.GradedAfterSubmission);
}
