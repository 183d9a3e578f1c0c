using System.Globalization;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Spectre.Console;

namespace Hw3.Grader.Batch.Exports;

/// <summary>
/// The end of <c>hw3 batch</c> on the terminal: counts, a score histogram, each item's pass rate, the most
/// frequent known mistakes, the submissions that did not compile, timed out or could not be graded, the
/// slowest ones, and (after <c>--only</c>) whose score changed.
/// </summary>
public static class BatchTerminalSummary
{
    public static void Write(IAnsiConsole console, ClassStatistics statistics, BatchOutcome outcome, bool itemRegrade)
    {
        // By status, so a folder holding only a zip or a .py is counted as what it is, not as "graded".
        var statuses = string.Join(", ", statistics.Statuses.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Value} {s.Key}")));
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{statistics.Submissions} submissions ({statuses}): {outcome.Graded} done in this run, {outcome.Skipped} already current (skipped), in {outcome.Elapsed.TotalSeconds:0.0} s")));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"automatic score: mean {Points(statistics.MeanScore)}, median {Points(statistics.MedianScore)} of {Points(statistics.MaxScore)}"));

        var histogram = new BarChart().Label("[bold]score histogram[/]").Width(60);
        foreach (var bin in statistics.Histogram)
        {
            histogram.AddItem($"{Points(bin.Low)}–{Points(bin.High)}", bin.Count, Color.SteelBlue);
        }

        console.Write(histogram);
        console.Write(TerminalReport.QuestionTable(statistics.Questions, "mean automatic points"));

        var items = new Table().Border(TableBorder.Rounded).AddColumn("item").AddColumn(new TableColumn("pass rate").RightAligned())
            .AddColumn(new TableColumn("mean").RightAligned()).AddColumn(new TableColumn("max").RightAligned());
        foreach (var item in statistics.Items)
        {
            items.AddRow(Markup.Escape(item.Id), Percent(item.PassRate), Points(item.MeanScore), Points(item.Points));
        }

        console.Write(items);

        if (statistics.Mistakes.Count > 0)
        {
            var mistakes = new Table().Border(TableBorder.Rounded).AddColumn("item").AddColumn("known mistake").AddColumn(new TableColumn("students").RightAligned());
            foreach (var mistake in statistics.Mistakes)
            {
                mistakes.AddRow(Markup.Escape(mistake.Item), Markup.Escape(mistake.Mistake), mistake.Count.ToString(CultureInfo.InvariantCulture));
            }

            console.Write(mistakes);
        }

        List("did not compile", statistics.CompileFailures, console);
        List("timed out", statistics.TimedOut, console);
        List("could not be graded (rerun to retry)", statistics.GraderErrors, console);
        List("no source", outcome.Records.Where(r => r.Status == SubmissionStatus.NoSource).Select(r => r.Key).ToList(), console);
        console.MarkupLine("[bold]slowest:[/] " + Markup.Escape(string.Join(", ", statistics.Slowest.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Key} ({s.Seconds:0.00} s)")))));

        if (itemRegrade)
        {
            if (outcome.Changes.Count == 0)
            {
                console.MarkupLine("[green]no student's score changed[/]");
            }

            foreach (var change in outcome.Changes)
            {
                console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"{change.Key} ({change.StudentName}): {Points(change.Old)} -> {Points(change.New)} ({(change.Delta >= 0 ? "+" : "")}{Points(change.Delta)})")));
            }
        }
    }

    private static void List(string title, IReadOnlyList<string> keys, IAnsiConsole console)
    {
        if (keys.Count > 0)
        {
            console.MarkupLine($"[bold]{title} ({keys.Count}):[/] " + Markup.Escape(string.Join(", ", keys)));
        }
    }

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double rate) => (rate * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}
