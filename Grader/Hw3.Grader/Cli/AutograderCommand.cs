using System.Globalization;
using Hw3.Grader.Autograder;
using Hw3.Grader.Grading;
using Hw3.Grader.References.Precomputed;
using Hw3.Grader.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// <c>hw3 autograder</c>: one submission in Gradescope's layout, always a results.json. What it prints is for staff
/// (Gradescope shows the autograder's output to staff only: the report sets <c>stdout_visibility</c> hidden).
/// </summary>
public sealed class AutograderCommand(IAnsiConsole console) : AsyncCommand<AutograderSettings>
{
    /// <summary>The failure report was written instead of a grade (the staff output says why).</summary>
    public const int GraderFailed = 5;

    public override async Task<int> ExecuteAsync(CommandContext context, AutograderSettings settings, CancellationToken cancellationToken)
    {
        var layout = new AutograderLayout(Path.GetFullPath(settings.Root));
        var graded = await AutograderGuard.RunAsync(layout.ResultsFile, Staff, () => GradeAsync(layout, settings, cancellationToken));
        Staff((graded ? "wrote " : "wrote the failure report to ") + layout.ResultsFile);
        return graded ? ExitCodes.Success : GraderFailed;
    }

    private void Staff(string line) => console.WriteLine(line); // plain text: never markup, still through SafeTextHook

    private async Task<string> GradeAsync(AutograderLayout layout, AutograderSettings settings, CancellationToken cancellationToken)
    {
        // First: the compile worker gets ready and the sandbox is probed while the rest is read (EarlyStart says why).
        await using var early = EarlyStart.Begin(GraderServices.CreateCompiler(), cancellationToken);
        var metadata = MetadataReader.ReadFile(layout.Metadata);
        if (metadata.Problem is not null)
        {
            Staff("metadata: " + metadata.Problem);
        }

        if (!GraderServices.LoadRubric(RubricLocator.Resolve(settings.Rubric)).TryGet(out var rubric, out var problems))
        {
            throw new InvalidOperationException(problems);
        }

        if (metadata.Metadata?.TotalPoints is { } total && Math.Abs(total - (rubric.AutoPoints + rubric.ManualPoints)) > 1e-6)
        {
            Staff(string.Create(CultureInfo.InvariantCulture,
                $"note: Gradescope's assignment is worth {total} points; the rubric's items add up to {rubric.AutoPoints} automatic and {rubric.ManualPoints} free-text points."));
        }

        if (settings.References is { } file)
        {
            Staff(ReferenceFile.Read(file, GraderServices.ReferenceStores, GraderServices.ReferenceTarget(rubric)).TryGet(out var entries, out var reason)
                ? string.Create(CultureInfo.InvariantCulture, $"references: {entries} precomputed values read from {file}")
                : $"references: {file} was not used ({reason}); computing them instead");
        }

        var source = AutograderSubmission.Load(layout.Submission);
        var session = GraderServices.CreateSession(rubric);
        _ = session.StartComputingReferences();
        var runners = await early.RunnersAsync(() => GraderServices.CreateRunners(rubric));
        var report = await new SubmissionGrader(session, early.Compiler, runners).GradeAsync(source, cancellationToken);

        var visibility = new VisibleAtGrading(DateTimeOffset.UtcNow, metadata.Metadata?.DueDate);
        var users = string.Join(", ", metadata.Metadata?.Users.Select(u => u.Email ?? u.Name ?? u.Id ?? "?") ?? []);
        var when = visibility.DueDate is null ? "no due date known" : visibility.DueDatePassed ? "after the due date" : "before the due date";
        Staff(string.Create(CultureInfo.InvariantCulture,
            $"graded the submission of {(users.Length == 0 ? "(no metadata)" : users)}: {StatusNames.Of(report.Status)}, {report.Score} / {report.MaxScore}; {when}; {report.ExecutionTime.TotalSeconds:0.0} s"));
        return new GradescopeExporter(visibility.Shows).Render(report);
    }
}
