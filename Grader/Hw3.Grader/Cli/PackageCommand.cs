using Hw3.Grader.Packaging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary><c>hw3 package gradescope</c>: the autograder zip, from this checkout's build and a rubric that loads.</summary>
public sealed class PackageCommand(IAnsiConsole console) : AsyncCommand<PackageSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PackageSettings settings, CancellationToken cancellationToken)
    {
        var rubricPath = RubricLocator.Resolve(settings.Rubric);
        var rubric = GraderServices.LoadRubric(rubricPath);
        if (!rubric.Success)
        {
            console.MarkupLine("[red]" + Markup.Escape(rubric.Describe()) + "[/]");
            return ExitCodes.UnusableRubric;
        }

        if (CheckoutLocator.Find() is not { } checkout)
        {
            console.MarkupLine("[red]package runs from a checkout of the grader (it publishes its projects); this program has none above it[/]");
            return ExitCodes.BadInvocation;
        }

        var result = await GradescopePackager.BuildAsync(checkout, CheckoutLocator.Configuration, rubricPath, settings.Out, line => console.WriteLine(line), cancellationToken);
        if (result.Error is not null)
        {
            console.MarkupLine("[red]" + Markup.Escape(result.Error) + "[/]");
            return ExitCodes.BadInvocation;
        }

        console.MarkupLine($"wrote [bold]{Markup.Escape(settings.Out)}[/] ({new FileInfo(result.ZipPath!).Length / 1024 / 1024} MB): upload it on Gradescope's Configure Autograder page (README, \"Gradescope\")");
        return ExitCodes.Success;
    }
}
