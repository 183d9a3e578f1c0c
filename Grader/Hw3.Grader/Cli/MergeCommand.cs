using System.Globalization;
using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Batch.Merging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary><c>hw3 merge</c>: the shards of a class graded apart (hw3 batch --shard), joined as one batch's output.</summary>
public sealed class MergeCommand(IAnsiConsole console) : AsyncCommand<MergeSettings>
{
    /// <summary>The shards do not belong together (rubric, grader, overlap); nothing was written.</summary>
    public const int RefusedShards = 6;

    public override async Task<int> ExecuteAsync(CommandContext context, MergeSettings settings, CancellationToken cancellationToken)
    {
        if (RubricForCommand.Load(console, settings.Rubric) is not { } rubric)
        {
            return ExitCodes.UnusableRubric;
        }

        var result = await ShardMerge.MergeAsync(settings.Shards, settings.Out, rubric, cancellationToken);
        if (result.Outcome is not { } outcome)
        {
            console.MarkupLine("[red]the shards were not merged; nothing was written:[/]");
            foreach (var refusal in result.Refusals.Take(50))
            {
                console.MarkupLine("  - " + Markup.Escape(refusal));
            }

            if (result.Refusals.Count > 50)
            {
                console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"  … and {result.Refusals.Count - 50} more")));
            }

            return RefusedShards;
        }

        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"merged {outcome.Records.Count} submissions from {settings.Shards.Length} shards into {Path.GetFullPath(settings.Out)}: <student>/results.json, {GradebookCsvExporter.FileName}, {ManualAnswersCsvExporter.FileName}, {SummaryJsonExporter.FileName}, {SummaryHtmlExporter.FileName}")));
        return ExitCodes.Success;
    }
}
