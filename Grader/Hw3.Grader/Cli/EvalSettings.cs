using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 eval</c>.</summary>
public sealed class EvalSettings : CommandSettings
{
    [CommandArgument(0, "<submission>")]
    [Description("A .cs file, a .csx script, or a folder.")]
    public string Submission { get; init; } = "";

    [CommandArgument(1, "<expression>")]
    [Description("A C# expression over the submission's classes, e.g. \"Q1.InitScale(16, 4)\".")]
    public string Expression { get; init; } = "";

    [CommandOption("--timeout <SECONDS>")]
    [Description("How long the expression may run (default: 10).")]
    [DefaultValue(10.0)]
    public double TimeoutSeconds { get; init; } = 10;

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Expression) ? ValidationResult.Error("give a C# expression to evaluate, e.g. \"Q1.InitScale(16, 4)\"")
        : TimeoutSeconds is <= 0 or > 3600 ? ValidationResult.Error("--timeout must be between 0 and 3600 seconds")
        : ValidationResult.Success();
}
