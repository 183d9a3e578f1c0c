using System.Globalization;
using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Batch;
using Hw3.Grader.Batch.Zips;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// <c>hw3 batch &lt;folder&gt;</c>: grades a whole class in parallel, a report per student written as soon as it
/// is done; a rerun skips the reports that are current; <c>--only</c> regrades items across the class.
/// </summary>
public sealed class BatchCommand(IAnsiConsole console) : AsyncCommand<BatchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BatchSettings settings, CancellationToken cancellationToken)
    {
        if (RubricForCommand.Load(console, settings.Rubric) is not { } rubric)
        {
            return ExitCodes.UnusableRubric;
        }

        var unknown = settings.Only.Where(id => rubric.Items.All(i => i.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            console.MarkupLine("[red]" + Markup.Escape($"--only: the rubric has no item {string.Join(", ", unknown)}; its items are {string.Join(", ", rubric.Items.Select(i => i.Id))}") + "[/]");
            return ExitCodes.BadInvocation;
        }

        var discovered = EntryDiscovery.Discover(settings.Folder, settings.Out);
        foreach (var note in discovered.Notes)
        {
            console.MarkupLine("[yellow]note:[/] " + Markup.Escape(note));
        }

        if (!discovered.TryGet(out var found, out var error))
        {
            console.MarkupLine("[red]" + Markup.Escape(error) + "[/]");
            return ExitCodes.BadInvocation;
        }

        if (settings.ParsedShard is { } shard)
        {
            var inShard = found.Where(shard.Holds).ToList();
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"shard {shard}: {inShard.Count} of the {found.Count} submissions")));
            found = inShard;
        }

        // Unpacked before grading, so every refusal is said before the progress bar starts; deleted when the batch ends.
        using var unpacked = new UnpackedSubmissions();
        var (entries, unpackNotes) = unpacked.Unpack(found);
        foreach (var note in unpackNotes)
        {
            console.MarkupLine("[yellow]note:[/] " + Markup.Escape(note));
        }

        var jobs = settings.Jobs ?? BatchOptions.DefaultJobs;
        var options = new BatchOptions(jobs, settings.Force, settings.Only);
        var session = GraderServices.CreateSession(rubric);
        var onlySession = options.IsItemRegrade
            ? GraderServices.CreateSession(rubric with { Items = rubric.Items.Where(i => settings.Only.Contains(i.Id)).ToList() })
            : null;
        var store = new ReportStore(settings.Out);
        await using var compiler = GraderServices.CreateCompiler(BatchOptions.CompileWorkerOptionsFor(jobs, entries.Count));
        var grader = new BatchGrader(session, onlySession, compiler, GraderServices.CreateRunners(rubric), store, options);

        if (!options.Force && !options.IsItemRegrade && OutOfDateReports.Describe(store, entries, rubric.Sha256, GraderInfo.Version) is { } outOfDate)
        {
            console.MarkupLine("[yellow]note:[/] " + Markup.Escape(outOfDate));
        }

        console.MarkupLine(Markup.Escape($"grading {entries.Count} submissions from {settings.Folder} with {jobs} jobs into {store.Folder}"));
        var done = new DoneCounter();
        BatchOutcome outcome;
        try
        {
            outcome = await BatchProgressDisplay.RunAsync(console, entries.Count,
                progress => grader.RunAsync(entries, done.Counting(progress), cancellationToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Every report is written as soon as its submission is done, and a rerun skips the current ones.
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"cancelled: {done.Done} of {entries.Count} submissions done and saved; run the same command again to continue")));
            return ExitCodes.Cancelled;
        }

        var statistics = await ClassExports.WriteAsync(store, rubric, outcome, cancellationToken).ConfigureAwait(false);
        BatchTerminalSummary.Write(console, statistics, outcome, options.IsItemRegrade);
        console.MarkupLine(Markup.Escape($"wrote {store.Folder}/<student>/results.json, {GradebookCsvExporter.FileName}, {ManualAnswersCsvExporter.FileName}, {SummaryJsonExporter.FileName}, {SummaryHtmlExporter.FileName}"));
        return ExitCodes.Success;
    }
}
