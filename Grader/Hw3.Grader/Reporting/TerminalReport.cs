using System.Globalization;
using Hw3.Grader.Grading;
using Spectre.Console;

namespace Hw3.Grader.Reporting;

/// <summary>
/// The readable table on the terminal for staff: item, score, max, one-line reason; then the notes and, with details,
/// each failing item's details and the <c>./hw3 eval</c> line that reproduces its call (staff-only: students see the expression alone).
/// </summary>
public static class TerminalReport
{
    /// <param name="submissionPath">The path the submission was graded from, as given on the command line, for reproduction lines.</param>
    public static void Write(IAnsiConsole console, GradeReport report, bool showDetails, string? submissionPath = null)
    {
        console.MarkupLine($"[bold]{Markup.Escape(report.RubricTitle)}[/]: {Markup.Escape(report.SubmissionName)}");
        console.MarkupLine(Markup.Escape(report.Summary));
        foreach (var diagnostic in report.Diagnostics.Where(d => d.IsError))
        {
            console.MarkupLine("[red]" + Markup.Escape(diagnostic.ToString()) + "[/]");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Item")
            .AddColumn(new TableColumn("Score").RightAligned())
            .AddColumn(new TableColumn("Max").RightAligned())
            .AddColumn("Reason");
        foreach (var item in report.Items)
        {
            var colour = item.Status switch
            {
                ItemStatus.Passed => "green",
                ItemStatus.Partial => "yellow",
                ItemStatus.Failed => "red",
                _ => "grey",
            };
            table.AddRow(
                new Markup(Markup.Escape(item.Id)),
                new Markup(item.IsManual ? "[grey]staff[/]" : $"[{colour}]{Points(item.Score)}[/]"),
                new Markup(Points(item.IsManual ? item.ManualPoints : item.MaxScore)),
                new Markup(Markup.Escape(item.Reason)));
        }

        table.AddRow(new Markup("[bold]total[/]"), new Markup($"[bold]{Points(report.Score)}[/]"), new Markup($"[bold]{Points(report.MaxScore)}[/]"),
            new Markup(Markup.Escape(report.ManualPoints > 0 ? $"+ {Points(report.ManualPoints)} points graded by staff" : "")));
        console.Write(table);
        console.Write(QuestionTable(report.Questions));

        foreach (var note in report.Notes)
        {
            console.MarkupLine("[grey]note:[/] " + Markup.Escape(note));
        }

        if (showDetails)
        {
            foreach (var item in report.Items.Where(i => i.Status is ItemStatus.Failed or ItemStatus.Partial))
            {
                console.WriteLine();
                console.MarkupLine($"[bold]{Markup.Escape(item.Id)}[/] {Markup.Escape(item.Title)}");
                console.WriteLine(item.Details);
                if (submissionPath is not null && item.Finding?.Call is { } call)
                {
                    console.MarkupLine("[grey]" + Markup.Escape(StaffReproduction.Line(submissionPath, call)) + "[/]");
                }
            }
        }
    }

    /// <summary>The per-question roll-up: one column per question, points over max.</summary>
    public static Table QuestionTable(IReadOnlyList<QuestionScore> questions, string label = "points")
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("question");
        foreach (var question in questions)
        {
            table.AddColumn(new TableColumn(Markup.Escape(question.Question)).RightAligned());
        }

        table.AddRow(new[] { label }.Concat(questions.Select(q => $"{Points(q.Score)} / {Points(q.MaxScore)}")).Select(t => new Markup(Markup.Escape(t))));
        return table;
    }

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
