using Hw3.Grader.StudentKit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// <c>hw3 kit --out hw3-student-kit.zip</c>: the zip staff hand to students (template, README, checker and launchers;
/// no answers). Publishes the checker with the .NET SDK, so it runs in a checkout.
/// </summary>
public sealed class KitCommand(IAnsiConsole console) : AsyncCommand<KitSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, KitSettings settings, CancellationToken cancellationToken)
    {
        var rubric = RubricForCommand.Load(console, settings.Rubric);
        if (rubric is null)
        {
            return ExitCodes.UnusableRubric;
        }

        console.MarkupLine("Building the student kit (publishing the checker)...");
        var problem = await KitBuilder.BuildAsync(rubric, settings.Out, cancellationToken);
        if (problem is not null)
        {
            console.MarkupLine("[red]" + Markup.Escape(problem) + "[/]");
            return ExitCodes.BadInvocation;
        }

        console.MarkupLine($"Wrote {Markup.Escape(settings.Out)}: unzip it anywhere and run [bold]./check Hw3.cs[/] (Windows: [bold]check.cmd Hw3.cs[/]).");
        return ExitCodes.Success;
    }
}
