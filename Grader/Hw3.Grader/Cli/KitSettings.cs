using System.ComponentModel;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 kit</c>.</summary>
public sealed class KitSettings : CommandSettings
{
    [CommandOption("--out <ZIP>")]
    [Description("Where the kit's zip is written (default: hw3-student-kit.zip).")]
    public string Out { get; init; } = "hw3-student-kit.zip";

    [CommandOption("--rubric <PATH>")]
    [Description("The rubric whose visible items the kit checks (default: rubrics/hw3.json).")]
    public string? Rubric { get; init; }
}
