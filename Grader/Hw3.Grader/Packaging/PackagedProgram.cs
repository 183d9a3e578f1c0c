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
/// <param name="ReadyToRun">
/// Published precompiled for Gradescope's machines when the zip is built from a Release build (see
/// <see cref="PublishesReadyToRun"/>): a program that every container starts cold, once per submission, and that would
/// otherwise spend that start JIT-compiling itself and its libraries (bench/README.md, "Cold single-submission time").
/// </param>
public sealed record PackagedProgram(string Project, string Folder, string? PrecompiledFolder = null, bool ReadyToRun = false)
{
    /// <summary>The runtime Gradescope grades on (its Ubuntu base image): what ReadyToRun code is compiled for.</summary>
    public const string ContainerRuntime = "linux-x64";

    public static IReadOnlyList<PackagedProgram> Gradescope { get; } =
    [
        new("Grader/Hw3.Grader/Hw3.Grader.csproj", "grader", ReadyToRun: true),
        new("Grader/Hw3.Grader.Compiler/Hw3.Grader.Compiler.csproj", "compiler", ReadyToRun: true),
        new("Grader/Hw3.Grader.Runner/Hw3.Grader.Runner.csproj", "runner", Execution.ToolLocator.ReadyToRunFolder),
    ];

    /// <summary>
    /// What a ReadyToRun publish adds to <c>dotnet publish</c>: the container's runtime (crossgen2 compiles for one), still
    /// framework-dependent (setup.sh installs the runtime). The publish builds the program for that runtime first, so
    /// it cannot be <c>--no-build</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadyToRunProperties { get; } = new Dictionary<string, string>
    {
        ["RuntimeIdentifier"] = ContainerRuntime,
        ["SelfContained"] = "false",
        ["PublishReadyToRun"] = "true",
    };

    /// <summary>
    /// Whether a zip built from <paramref name="configuration"/> carries this program ReadyToRun: only from Release (what
    /// <c>./hw3 package gradescope</c> builds), since a Debug build is for tests, whose zip is published as built in
    /// seconds instead of precompiled in minutes.
    /// </summary>
    public bool PublishesReadyToRun(string configuration) =>
        ReadyToRun && string.Equals(configuration, "Release", StringComparison.OrdinalIgnoreCase);
}
