using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 merge</c>.</summary>
public sealed class MergeSettings : CommandSettings
{
    [CommandArgument(0, "<shards>")]
    [Description("The --out folders of the hw3 batch --shard runs, all of them.")]
    public string[] Shards { get; init; } = [];

    [CommandOption("--out <FOLDER>")]
    [Description("Where the whole class goes: <out>/<student>/, grades.csv, manual.csv, summary.json, summary.html (default: graded).")]
    [DefaultValue("graded")]
    public string Out { get; init; } = "graded";

    [CommandOption("--rubric <FILE>")]
    [Description("The rubric the shards were graded with (default: rubrics/hw3.json).")]
    public string? Rubric { get; init; }

    public override ValidationResult Validate() =>
        Shards.Length == 0 ? ValidationResult.Error("give the shards' output folders, e.g. hw3 merge graded-1 graded-2 graded-3 --out graded")
        : ValidationResult.Success();
}
