using Hw3.Grader.Rubrics;
using Spectre.Console;

namespace Hw3.Grader.Cli;

/// <summary>The rubric a command was given (or the default), or null after printing what is wrong with it (exit <see cref="ExitCodes.UnusableRubric"/>).</summary>
public static class RubricForCommand
{
    public static Rubric? Load(IAnsiConsole console, string? given)
    {
        if (!GraderServices.LoadRubric(RubricLocator.Resolve(given)).TryGet(out var rubric, out var problems))
        {
            console.MarkupLine("[red]" + Markup.Escape(problems) + "[/]");
            return null;
        }

        return rubric;
    }
}
