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

    /// <summary>Where the scripts live in the checkout (one copy: the zip and the Dockerfile take them from there).</summary>
    public const string ScriptsFolder = "deploy/gradescope";
}
