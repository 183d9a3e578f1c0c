using Hw3.Grader.Grading;
using Hw3.Grader.Plots;
using Hw3.Grader.Reporting.Student;
using Hw3.Grader.Rubrics;
using Hw3.Grader.Submissions;
using Hw3.Grader.Submissions.Layout;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// <c>hw3 check &lt;Hw3.cs | folder&gt;</c>: what a student sees before the due date. The same compile worker and sandboxed
/// runner as grading, on the items the rubric lets a student see now (<see cref="StudentVisibility"/>); every other item is
/// named by title as graded after submission and never called. Prints <see cref="StudentCheckPrinter"/>'s text and writes
/// no file. Exit 0 whenever checking ran, whatever the score; 2 for a bad invocation; 3 for an unusable rubric.
/// </summary>
public sealed class CheckCommand(IAnsiConsole console) : AsyncCommand<CheckSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        if (!SubmissionLoader.Load(settings.Submission).TryGet(out var source, out var error))
        {
            console.MarkupLine("[red]" + Markup.Escape(error) + "[/]");
            return ExitCodes.BadInvocation;
        }

        if (RubricForCommand.Load(console, settings.Rubric) is not { } rubric)
        {
            return ExitCodes.UnusableRubric;
        }

        var (now, later) = Split(rubric);
        var session = GraderServices.CreateSession(now);
        _ = session.StartComputingReferences();
        await using var compiler = GraderServices.CreateCompiler();
        var runners = GraderServices.CreateRunners(now);
        GradeReport report;
        try
        {
            report = await new SubmissionGrader(session, compiler, runners).GradeAsync(source, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLine("[yellow]cancelled: nothing was checked[/]");
            return ExitCodes.Cancelled;
        }

        var check = new StudentCheck(
            report,
            later,
            source.Files.Select(f => new StudentSource(f.Name, f.Text)).ToList(),
            AnswerClassLayout.Problems(source.Files));
        console.Write(new Text(StudentCheckPrinter.Render(check)));
        await WritePictureAsync(report, settings.Picture, cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>
    /// coordcheck.png when Q2(c) ran: the student sees their rates' activation change beside μP's and standard
    /// parameterization's. A folder that cannot be written costs the picture, not the check.
    /// </summary>
    private async Task WritePictureAsync(GradeReport report, string folder, CancellationToken cancellationToken)
    {
        try
        {
            if (await CoordinateCheckFigure.WriteIntoAsync(report, folder, cancellationToken) is { } picture)
            {
                console.WriteLine($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, picture)}: how much one Adam step changes each layer as the width grows, with your Q2(c) rates, μP's and standard parameterization's (flat lines are what μP wants).");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.WriteLine($"coordcheck.png was not written ({e.Message}); the check above is complete.");
        }
    }

    /// <summary>The rubric of the items checked now, and the titles of the others, in rubric order.</summary>
    public static (Rubric Now, IReadOnlyList<string> Later) Split(Rubric rubric) =>
        (rubric with { Items = rubric.Items.Where(StudentVisibility.BeforeDueDate).ToList() },
         rubric.Items.Where(i => !StudentVisibility.BeforeDueDate(i)).Select(i => i.Title).ToList());
}
