namespace Hw3.Grader.Execution;

/// <summary>
/// Finds the compile worker and the runner. Every project builds to
/// <c>artifacts/bin/&lt;Project&gt;/&lt;config&gt;/</c> (Directory.Build.props), so both sit beside this
/// program's own folder. <c>HW3_COMPILER_DIR</c> and <c>HW3_RUNNER_DIR</c> override that (the
/// container layout).
/// </summary>
public static class ToolLocator
{
    public const string CompilerProject = "Hw3.Grader.Compiler";
    public const string RunnerProject = "Hw3.Grader.Runner";

    /// <summary>Where the runner's build puts the ReadyToRun copy, inside its output folder.</summary>
    public const string ReadyToRunFolder = "ready-to-run";

    /// <summary>The compile worker's entry assembly (<c>…/Hw3.Grader.Compiler.dll</c>).</summary>
    public static string CompilerAssembly => Locate(CompilerProject, "HW3_COMPILER_DIR", precompiled: false);

    /// <summary>The runner's entry assembly (<c>…/Hw3.Grader.Runner.dll</c>).</summary>
    public static string RunnerAssembly => Locate(RunnerProject, "HW3_RUNNER_DIR", precompiled: true);

    private static string Locate(string project, string overrideVariable, bool precompiled)
    {
        var overridden = Environment.GetEnvironmentVariable(overrideVariable);
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            candidates.Add(Path.Combine(overridden, project + ".dll"));
        }

        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        // own = artifacts/bin/<ThisProject>/<pivot>; the tool is at artifacts/bin/<project>/<pivot>.
        if (own.Parent?.Parent is { } bin)
        {
            foreach (var pivot in new[] { own.Name, "debug", "release" })
            {
                var folder = Path.Combine(bin.FullName, project, pivot);
                if (precompiled)
                {
                    candidates.Add(Path.Combine(folder, ReadyToRunFolder, project + ".dll"));
                }

                candidates.Add(Path.Combine(folder, project + ".dll"));
            }
        }

        candidates.Add(Path.Combine(AppContext.BaseDirectory, project, project + ".dll"));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"cannot find {project}.dll (looked in: {string.Join("; ", candidates.Distinct())}); build the solution first (./hw3 builds on first use) or set {overrideVariable}");
    }
}
