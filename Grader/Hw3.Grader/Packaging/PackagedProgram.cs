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
/// <param name="Precompiled">How it is precompiled in a zip built from Release (<see cref="Precompilation"/>).</param>
public sealed record PackagedProgram(string Project, string Folder, string? PrecompiledFolder = null, Precompilation Precompiled = Precompilation.None)
{
    /// <summary>
    /// What precompiled code is compiled for: this machine's runtime when it runs Linux (a Docker build packages inside the
    /// image it builds, which may be arm64: x64 precompiled code would be thrown away there), else
    /// Gradescope's (its Ubuntu base image, x64), for a zip packaged on a Mac or Windows.
    /// </summary>
    public static string ContainerRuntime { get; } =
        OperatingSystem.IsLinux() ? System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier : "linux-x64";

    /// <summary>
    /// The grader and the compile worker are precompiled against the installed runtime (the compile worker's start,
    /// Roslyn's warm-up, is what a cold grade waits for). Not self-contained: both keep running on the runtime setup.sh
    /// installs, so a .NET security fix reaches them without packaging again (bench/README: what a composite image would
    /// add and cost). The runner's own build precompiles it.
    /// </summary>
    public static IReadOnlyList<PackagedProgram> Gradescope { get; } =
    [
        new("Grader/Hw3.Grader/Hw3.Grader.csproj", PackageLayout.GraderFolder, Precompiled: Precompilation.ReadyToRun),
        new("Grader/Hw3.Grader.Compiler/Hw3.Grader.Compiler.csproj", "compiler", Precompiled: Precompilation.ReadyToRun),
        new("Grader/Hw3.Grader.Runner/Hw3.Grader.Runner.csproj", "runner", Execution.ToolLocator.ReadyToRunFolder),
    ];

    /// <summary>
    /// The MSBuild properties of this program's publish into a zip built from <paramref name="configuration"/>, or null
    /// when it is published as built. Precompiling builds the program for <see cref="ContainerRuntime"/> first, so that
    /// publish cannot be <c>--no-build</c>; it happens only from Release (what <c>./hw3 package gradescope</c> builds),
    /// since a Debug build is for tests, whose zip is published in seconds instead of precompiled in minutes.
    /// </summary>
    public IReadOnlyDictionary<string, string>? PublishProperties(string configuration)
    {
        if (Precompiled == Precompilation.None || !string.Equals(configuration, "Release", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new Dictionary<string, string>
        {
            ["RuntimeIdentifier"] = ContainerRuntime,
            ["SelfContained"] = "false",
            ["PublishReadyToRun"] = "true",
        };
    }
}
