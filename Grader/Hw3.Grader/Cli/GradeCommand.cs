using Hw3.Grader.Grading;
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
        var rubricPath = RubricLocator.Resolve(settings.Rubric);
        var rubric = GraderServices.LoadRubric(rubricPath);
        if (!rubric.Success)
        {
            console.MarkupLine("[red]" + Markup.Escape(rubric.Describe()) + "[/]");
            return ExitCodes.UnusableRubric;
        }

        var loaded = SubmissionLoader.Load(settings.Submission);
        if (loaded.Source is null)
        {
            console.MarkupLine("[red]" + Markup.Escape(loaded.Error!) + "[/]");
            return ExitCodes.BadInvocation;
        }

        var session = GraderServices.CreateSession(rubric.Rubric!);
        _ = session.StartComputingReferences();
        await using var compiler = GraderServices.CreateCompiler();
        var runners = GraderServices.CreateRunners(rubric.Rubric);
        var report = await new SubmissionGrader(session, compiler, runners).GradeAsync(loaded.Source, cancellationToken);

        TerminalReport.Write(console, report, showDetails: !settings.Brief);
        var exporter = new GradescopeExporter();
        await AtomicFile.WriteAsync(settings.Out, exporter.Render(report), cancellationToken);
        console.MarkupLine($"[grey]wrote {Markup.Escape(settings.Out)}[/]");
        return ExitCodes.Success;
    }
}
