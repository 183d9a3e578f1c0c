namespace Hw3.Grader.Packaging;

/// <summary>
/// One program the autograder zip carries, published from its project into a folder of the zip. Listed, not
/// hard-wired into the steps, so a program added or moved (a library split out, a new tool) is one more row.
/// </summary>
/// <param name="Project">The project file, relative to the checkout.</param>
/// <param name="Folder">Its folder inside the zip (and under /autograder/source once Gradescope unpacks it).</param>
/// <param name="PrecompiledFolder">
/// A folder of the project's build output that already holds a publish of it (the runner's ReadyToRun copy), taken
/// as it is when present.
/// </param>
public sealed record PackagedProgram(string Project, string Folder, string? PrecompiledFolder = null)
{
    public static IReadOnlyList<PackagedProgram> Gradescope { get; } =
    [
        new("Grader/Hw3.Grader/Hw3.Grader.csproj", PackageLayout.GraderFolder),
        new("Grader/Hw3.Grader.Compiler/Hw3.Grader.Compiler.csproj", "compiler"),
        new("Grader/Hw3.Grader.Runner/Hw3.Grader.Runner.csproj", "runner", Execution.ToolLocator.ReadyToRunFolder),
    ];
}
