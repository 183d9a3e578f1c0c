namespace Hw3.Grader.Packaging;

/// <summary>
/// The names inside the autograder zip, shared by the packager and (as plain strings) by deploy/gradescope's
/// scripts: Gradescope unpacks the zip into /autograder/source and runs setup.sh and run_autograder from its root.
/// </summary>
public static class PackageLayout
{
    public const string SetupScript = "setup.sh";
    public const string RunScript = "run_autograder";
    public const string RubricFolder = "rubric";
    public const string RubricFile = "hw3.json";

    /// <summary>The references precomputed by the packaged grader for the packaged rubric (<c>hw3 references</c>).</summary>
    public const string ReferencesFolder = "references";
    public const string ReferencesFile = "hw3.references";

    /// <summary>The grader's folder and program inside the zip (run as <c>dotnet grader/hw3.dll</c>).</summary>
    public const string GraderFolder = "grader";
    public const string GraderProgram = "hw3.dll";

    /// <summary>Where the scripts live in the checkout (one copy: the zip and the Dockerfile take them from there).</summary>
    public const string ScriptsFolder = "deploy/gradescope";
}
