using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 manual</c>.</summary>
public sealed class ManualSettings : CommandSettings
{
    [CommandArgument(0, "<graded>")]
    [Description("The folder hw3 batch wrote (its --out): <graded>/<student>/results.json, grades.csv, manual.csv.")]
    public string Graded { get; init; } = "";

    [CommandArgument(1, "[manual.csv]")]
    [Description("The manual.csv with the score and comment columns filled in (default: <graded>/manual.csv).")]
    public string? Sheet { get; init; }

    [CommandOption("--rubric <FILE>")]
    [Description("The rubric the class was graded against (default: rubrics/hw3.json).")]
    public string? Rubric { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Graded) ? ValidationResult.Error("give the folder hw3 batch wrote, e.g. ./hw3 manual graded") : ValidationResult.Success();
}
