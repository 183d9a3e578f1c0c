using System.ComponentModel;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 references</c>.</summary>
public sealed class ReferencesSettings : CommandSettings
{
    [CommandOption("--out <FILE>")]
    [Description("The reference file to write (default: hw3.references).")]
    [DefaultValue("hw3.references")]
    public string Out { get; init; } = "hw3.references";

    [CommandOption("--rubric <FILE>")]
    [Description("The rubric whose references are computed (default: rubrics/hw3.json); the file is good for this rubric only.")]
    public string? Rubric { get; init; }
}
