using System.Diagnostics;
using System.Globalization;
using Hw3.Grader.References.Precomputed;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// <c>hw3 references</c>: computes every reference a rubric needs and writes them, sealed, to a file that
/// <c>hw3 autograder --references</c> reads, so a fresh container does not spend its seconds recomputing them
/// (<see cref="ReferenceFile"/>). <c>hw3 package gradescope</c> runs it with the packaged grader.
/// </summary>
public sealed class ReferencesCommand(IAnsiConsole console) : Command<ReferencesSettings>
{
    public override int Execute(CommandContext context, ReferencesSettings settings, CancellationToken cancellationToken)
    {
        if (RubricForCommand.Load(console, settings.Rubric) is not { } rubric)
        {
            return ExitCodes.UnusableRubric;
        }

        var clock = Stopwatch.StartNew();
        var session = GraderServices.CreateSession(rubric);
        session.StartComputingReferences().Wait(cancellationToken);
        if (session.Checks.Select(check => ReferenceFailure(check)).FirstOrDefault(failure => failure is not null) is { } failed)
        {
            // A file without a reference that failed would only move the failure into every container: say it here.
            console.MarkupLine("[red]" + Markup.Escape(failed) + "[/]");
            return ExitCodes.UnusableRubric;
        }

        int entries;
        try
        {
            entries = ReferenceFile.Write(settings.Out, GraderServices.ReferenceStores, GraderServices.ReferenceTarget(rubric));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLine("[red]" + Markup.Escape($"--out: cannot write the reference file \"{settings.Out}\": {e.Message}") + "[/]");
            return ExitCodes.BadInvocation;
        }

        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"wrote {settings.Out}: {entries} reference values for {rubric.Title} (rubric SHA-256 {rubric.Sha256[..12]}), computed in {clock.Elapsed.TotalSeconds:0.0} s; good for this rubric and this grader build only.")));
        return ExitCodes.Success;
    }

    private static string? ReferenceFailure(Grading.ICheck check)
    {
        try
        {
            check.ComputeReferences();
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"the references of {check.Item.Id} cannot be computed: {e.Message}";
        }
    }
}
