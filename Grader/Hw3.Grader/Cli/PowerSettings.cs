using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 power</c>.</summary>
public sealed class PowerSettings : CommandSettings
{
    [CommandOption("--seeds <N>")]
    [Description("How many rubric seeds to run the check on (default: 10000).")]
    [DefaultValue(10_000)]
    public int Seeds { get; init; } = 10_000;

    [CommandOption("--first-seed <SEED>")]
    [Description("The first seed (default: 1); seeds run from it upwards.")]
    [DefaultValue(1)]
    public int FirstSeed { get; init; } = 1;

    [CommandOption("--rubric <PATH>")]
    [Description("The rubric (default: rubrics/hw3.json).")]
    public string? Rubric { get; init; }

    [CommandOption("--item <ID>")]
    [Description("The statistical item to measure (default: q4.estimators).")]
    [DefaultValue("q4.estimators")]
    public string Item { get; init; } = "q4.estimators";

    [CommandOption("--jobs <N>")]
    [Description("Seeds measured in parallel (default: the number of cores).")]
    public int? Jobs { get; init; }

    public override ValidationResult Validate() =>
        Seeds is < 1 or > 10_000_000 ? ValidationResult.Error("--seeds must be between 1 and 10000000")
        : FirstSeed < 0 || (long)FirstSeed + Seeds > int.MaxValue ? ValidationResult.Error("--first-seed must be ≥ 0 and leave room for every seed")
        : Jobs is < 1 or > 256 ? ValidationResult.Error("--jobs must be between 1 and 256")
        : ValidationResult.Success();
}
