using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 batch</c>.</summary>
public sealed class BatchSettings : CommandSettings
{
    [CommandArgument(0, "<folder>")]
    [Description("One sub-folder or .cs file per student, or a Gradescope \"export submissions\" folder (with submission_metadata.yml).")]
    public string Folder { get; init; } = "";

    [CommandOption("--out <FOLDER>")]
    [Description("Where the reports go: <out>/<student>/results.json, grades.csv, manual.csv, summary.json (default: graded).")]
    [DefaultValue("graded")]
    public string Out { get; init; } = "graded";

    [CommandOption("--rubric <FILE>")]
    [Description("The rubric to grade against (default: rubrics/hw3.json).")]
    public string? Rubric { get; init; }

    [CommandOption("--jobs <N>")]
    [Description("Submissions graded at the same time (default: the number of cores).")]
    public int? Jobs { get; init; }

    [CommandOption("--force")]
    [Description("Regrade every submission, even those whose report is current.")]
    public bool Force { get; init; }

    [CommandOption("--only <ITEM>")]
    [Description("Regrade only this rubric item (repeatable) across the class, after a rubric fix; prints whose score changed.")]
    public string[] Only { get; init; } = [];

    [CommandOption("--shard <K/N>")]
    [Description("Grade only shard K of N: the students whose id hashes to it (the same on every machine, stable when students come and go); hw3 merge joins the shards' outputs.")]
    public string? Shard { get; init; }

    public Batch.Sharding.Shard? ParsedShard => Shard is null ? null : Batch.Sharding.Shard.Parse(Shard, out _);

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Folder) ? ValidationResult.Error("give the folder that holds the submissions")
        : Jobs is < 1 or > 256 ? ValidationResult.Error("--jobs must be between 1 and 256")
        : Shard is not null && Batch.Sharding.Shard.Parse(Shard, out var shardError) is null ? ValidationResult.Error(shardError!)
        : Force && Only.Length > 0 ? ValidationResult.Error("--force regrades everything; --only regrades some items: use one of them")
        : ValidationResult.Success();
}
