using Hw3.Grader.Rubrics;
using Spectre.Console;

namespace Hw3.Grader.Cli;

/// <summary>The rubric a command was given (or the default), or null after printing what is wrong with it (exit <see cref="ExitCodes.UnusableRubric"/>).</summary>
public static class RubricForCommand
{
    public static Rubric? Load(IAnsiConsole console, string? given)
    {
        var loaded = GraderServices.LoadRubric(RubricLocator.Resolve(given));
        if (!loaded.TryGet(out var rubric, out var problems))
        {
            console.MarkupLine("[red]" + Markup.Escape(problems) + "[/]");
            return null;
        }

        Warn(console, loaded);
        return rubric;
    }

    /// <summary>Each of the rubric's warnings on a line of its own (a guessable item made visible, say); the command carries on.</summary>
    public static void Warn(IAnsiConsole console, RubricLoadResult loaded)
    {
        foreach (var warning in loaded.DescribeWarnings())
        {
            console.MarkupLine("[yellow]" + Markup.Escape(warning) + "[/]");
        }
    }
}
