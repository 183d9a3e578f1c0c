using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Batch;
using Hw3.Grader.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// <c>hw3 manual &lt;graded&gt; [manual.csv]</c>: merges the staff grades of a filled-in manual.csv into each
/// student's results.json and record.json and into grades.csv; every row is checked first, and a file with any
/// error changes nothing (each error names its row).
/// </summary>
public sealed class ManualCommand(IAnsiConsole console) : AsyncCommand<ManualSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ManualSettings settings, CancellationToken cancellationToken)
    {
        if (RubricForCommand.Load(console, settings.Rubric) is not { } rubric)
        {
            return ExitCodes.UnusableRubric;
        }

        if (!Directory.Exists(settings.Graded))
        {
            console.MarkupLine("[red]" + Markup.Escape($"{settings.Graded}: no such folder; give the folder hw3 batch wrote (its --out, graded by default)") + "[/]");
            return ExitCodes.BadInvocation;
        }

        var sheetPath = settings.Sheet ?? Path.Combine(settings.Graded, ManualAnswersCsvExporter.FileName);
        if (!File.Exists(sheetPath))
        {
            console.MarkupLine("[red]" + Markup.Escape($"{sheetPath}: no such file; hw3 batch writes manual.csv into the graded folder") + "[/]");
            return ExitCodes.BadInvocation;
        }

        var sheetName = Path.GetFileName(sheetPath);
        var (rows, errors) = StaffGradeSheet.Read(await File.ReadAllTextAsync(sheetPath, cancellationToken), sheetName);
        var store = new ReportStore(settings.Graded);
        var plan = errors.Count > 0 ? null : StaffGradeMerge.Plan(store, rubric, rows, sheetName);
        var problems = plan?.Errors ?? errors;
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                console.MarkupLine("[red]" + Markup.Escape(problem) + "[/]");
            }

            console.MarkupLine(Markup.Escape($"nothing was written: fix the {(problems.Count == 1 ? "row" : $"{problems.Count} rows")} above and run the same command again"));
            return ExitCodes.RefusedStaffGrades;
        }

        await StaffGradeMerge.WriteAsync(store, rubric, plan!, cancellationToken);
        foreach (var change in plan!.Changes)
        {
            console.MarkupLine(Markup.Escape(change));
        }

        console.MarkupLine(Markup.Escape(plan.Changes.Count == 0
            ? $"no grade changed ({rows.Count(r => r.Score.Length > 0)} graded rows, all merged before)"
            : plan.Changes.Count == 1
                ? $"1 student's grade changed; wrote their results.json and record.json, and {GradebookCsvExporter.FileName}"
                : $"{plan.Changes.Count} students' grades changed; wrote their results.json and record.json, and {GradebookCsvExporter.FileName}"));
        return ExitCodes.Success;
    }
}
