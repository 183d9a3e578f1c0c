using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 package</c>.</summary>
public sealed class PackageSettings : CommandSettings
{
    public const string Gradescope = "gradescope";

    [CommandArgument(0, "<target>")]
    [Description("What to package for: gradescope (the autograder zip Gradescope's \"Configure Autograder\" page takes).")]
    public string Target { get; init; } = "";

    [CommandOption("--out <FILE>")]
    [Description("Where to write the zip (default: autograder.zip).")]
    [DefaultValue("autograder.zip")]
    public string Out { get; init; } = "autograder.zip";

    [CommandOption("--rubric <FILE>")]
    [Description("The rubric the autograder grades with (default: rubrics/hw3.json).")]
    public string? Rubric { get; init; }

    public override ValidationResult Validate() =>
        Target == Gradescope ? ValidationResult.Success() : ValidationResult.Error($"package knows one target, gradescope (found \"{Target}\"): ./hw3 package gradescope --out autograder.zip");
}
