using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 grade</c>.</summary>
public sealed class GradeSettings : CommandSettings
{
    [CommandArgument(0, "<submission>")]
    [Description("A .cs file, a .csx script, or a folder whose .cs/.csx files compile together.")]
    public string Submission { get; init; } = "";

    [CommandOption("--rubric <FILE>")]
    [Description("The rubric to grade against (default: rubrics/hw3.json).")]
    public string? Rubric { get; init; }

    public const string DefaultOut = "results.json";

    [CommandOption("--out <PATH>")]
    [Description("Where to write the Gradescope report: a file, or a folder to write results.json into (default: results.json).")]
    [DefaultValue(DefaultOut)]
    public string Out { get; init; } = DefaultOut;

    [CommandOption("--brief")]
    [Description("Only the table: leave out the details of items that did not pass.")]
    public bool Brief { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Submission) ? ValidationResult.Error("give the submission to grade: a .cs file, a .csx file or a folder") : ValidationResult.Success();
}
