using System.ComponentModel;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 autograder</c>.</summary>
public sealed class AutograderSettings : CommandSettings
{
    [CommandOption("--root <FOLDER>")]
    [Description("Gradescope's layout: reads <root>/submission/ and <root>/submission_metadata.json, writes <root>/results/results.json (default: /autograder).")]
    [DefaultValue(Autograder.AutograderLayout.DefaultRoot)]
    public string Root { get; init; } = Autograder.AutograderLayout.DefaultRoot;

    [CommandOption("--rubric <FILE>")]
    [Description("The rubric to grade against (default: rubrics/hw3.json).")]
    public string? Rubric { get; init; }

    [CommandOption("--references <FILE>")]
    [Description("A reference file made by hw3 references for this rubric and grader build: read instead of computing the references (seconds saved on every cold start). A stale or altered file is not used, and the references are computed.")]
    public string? References { get; init; }
}
