namespace Hw3.Grader.Autograder;

/// <summary>
/// Gradescope's container layout under one root (<c>/autograder</c> there, a temporary folder in tests): what the
/// platform puts in (the submission and its metadata) and where the report goes.
/// </summary>
public sealed record AutograderLayout(string Root)
{
    public const string DefaultRoot = "/autograder";

    public string Submission => Path.Combine(Root, "submission");

    public string Metadata => Path.Combine(Root, "submission_metadata.json");

    public string Results => Path.Combine(Root, "results");

    public string ResultsFile => Path.Combine(Results, Reporting.GradescopeExporter.ResultsFileName);
}
