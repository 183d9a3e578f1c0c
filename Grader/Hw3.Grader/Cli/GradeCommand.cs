using Hw3.Grader.Grading;
using Hw3.Grader.Plots;
using Hw3.Grader.Reporting;
using Hw3.Grader.Submissions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary><c>hw3 grade &lt;submission&gt;</c>: grade one submission, print the table, write results.json.</summary>
public sealed class GradeCommand(IAnsiConsole console) : AsyncCommand<GradeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GradeSettings settings, CancellationToken cancellationToken)
    {
        if (RubricForCommand.Load(console, settings.Rubric) is not { } rubric)
        {
            return ExitCodes.UnusableRubric;
        }

        if (!SubmissionLoader.Load(settings.Submission).TryGet(out var source, out var error))
        {
            console.MarkupLine("[red]" + Markup.Escape(error) + "[/]");
            return ExitCodes.BadInvocation;
        }

        var session = GraderServices.CreateSession(rubric);
        _ = session.StartComputingReferences();
        await using var compiler = GraderServices.CreateCompiler();
        var runners = GraderServices.CreateRunners(rubric);
        GradeReport report;
        try
        {
            report = await new SubmissionGrader(session, compiler, runners).GradeAsync(source, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLine("[yellow]cancelled: nothing was written; run the same command again to grade it[/]");
            return ExitCodes.Cancelled;
        }

        TerminalReport.Write(console, report, showDetails: !settings.Brief, settings.Submission);
        var exporter = new GradescopeExporter();
        var target = ResultsPath(settings.Out);
        await AtomicFile.WriteAsync(target, exporter.Render(report), cancellationToken);
        console.MarkupLine($"[grey]wrote {Markup.Escape(target)}[/]");
        if (await CoordinateCheckFigure.WriteBesideAsync(report, target, cancellationToken) is { } picture)
        {
            console.MarkupLine($"[grey]wrote {Markup.Escape(picture)} (the coordinate check of Q2(c))[/]");
        }
        return ExitCodes.Success;
    }

    /// <summary><c>--out</c> names the file, or a folder (an existing one, or one written with a trailing slash) to write results.json into.</summary>
    public static string ResultsPath(string given) =>
        Directory.Exists(given) || given.EndsWith(Path.DirectorySeparatorChar) || given.EndsWith(Path.AltDirectorySeparatorChar)
            ? Path.Combine(given, GradeSettings.DefaultOut)
            : given;
}
