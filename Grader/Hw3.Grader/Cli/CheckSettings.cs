using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 check</c>.</summary>
public sealed class CheckSettings : CommandSettings
{
    [CommandArgument(0, "<submission>")]
    [Description("Hw3.cs, a .csx script, or a folder whose .cs/.csx files compile together.")]
    public string Submission { get; init; } = "";

    [CommandOption("--rubric <FILE>")]
    [Description("The rubric whose visible items are checked (default: rubrics/hw3.json).")]
    public string? Rubric { get; init; }

    [CommandOption("--picture <FOLDER>")]
    [Description("The folder coordcheck.png (Q2(c)'s coordinate check, your rates beside μP's and standard parameterization's) is written into: the current folder (default: .).")]
    [DefaultValue(".")]
    public string Picture { get; init; } = ".";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Submission) ? ValidationResult.Error("give the file to check: Hw3.cs, a .csx file or a folder")
        : !Directory.Exists(Picture) ? ValidationResult.Error($"--picture expects an existing folder; found \"{Picture}\"")
        : ValidationResult.Success();
}
