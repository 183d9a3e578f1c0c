using System.IO.Compression;

namespace Hw3.Grader.Packaging;

/// <summary>
/// Builds Gradescope's autograder zip: setup.sh and run_autograder at the root, the published programs
/// (<see cref="PackagedProgram.Gradescope"/>), the rubric and its precomputed references inside. Entries are sorted and dated alike, so the same
/// inputs give the same zip; scripts keep their executable bit.
/// </summary>
public static class GradescopePackager
{
    private static readonly DateTimeOffset EntryDate = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<PackageResult> BuildAsync(string checkout, string configuration, string rubricPath, string zipPath, Action<string> log, CancellationToken cancellationToken)
    {
        var staging = Directory.CreateTempSubdirectory("hw3-package-");
        try
        {
            foreach (var program in PackagedProgram.Gradescope)
            {
                var target = Path.Combine(staging.FullName, program.Folder);
                var name = Path.GetFileNameWithoutExtension(program.Project);
                var precompiled = program.PrecompiledFolder is null
                    ? null
                    : Path.Combine(checkout, "artifacts", "bin", name, configuration.ToLowerInvariant(), program.PrecompiledFolder);
                if (precompiled is not null && File.Exists(Path.Combine(precompiled, name + ".dll")))
                {
                    log($"{program.Folder}/: {name}, precompiled (its build's {program.PrecompiledFolder}/)");
                    CopyFolder(precompiled, target);
                    continue;
                }

                var properties = program.PublishProperties(configuration);
                log(properties is null
                    ? $"{program.Folder}/: dotnet publish {program.Project} -c {configuration} --no-build"
                    : $"{program.Folder}/: dotnet publish {program.Project} -c {configuration} {string.Join(" ", properties.Select(p => $"-p:{p.Key}={p.Value}"))} (precompiled for the container)");
                var published = await ProjectPublisher.PublishAsync(
                    Path.Combine(checkout, program.Project),
                    target,
                    configuration,
                    properties ?? new Dictionary<string, string>(),
                    build: properties is not null,
                    cancellationToken).ConfigureAwait(false);
                if (!published.Succeeded)
                {
                    return PackageResult.Failed(properties is not null
                        ? $"the precompiled ({PackagedProgram.ContainerRuntime}) publish of {program.Folder}/ failed; it needs the .NET runtime and crossgen packs for {PackagedProgram.ContainerRuntime} from NuGet (a Debug build packages without them): {published.Message}"
                        : $"build the solution in {configuration} first (./hw3 does): {published.Message}");
                }
            }

            var rubricFolder = Directory.CreateDirectory(Path.Combine(staging.FullName, PackageLayout.RubricFolder));
            var packagedRubric = Path.Combine(rubricFolder.FullName, PackageLayout.RubricFile);
            File.Copy(rubricPath, packagedRubric);

            // Computed by the packaged grader itself, so the file carries exactly its build and rubric (what the grader
            // in the container checks before using it); this also runs the published grader once before anyone uploads it.
            log($"{PackageLayout.ReferencesFolder}/: the packaged grader computes the rubric's references (hw3 references)");
            var (exitCode, tail) = await DotnetCommand.RunAsync(
                [
                    Path.Combine(staging.FullName, PackageLayout.GraderFolder, PackageLayout.GraderProgram), "references",
                    "--rubric", packagedRubric,
                    "--out", Path.Combine(staging.FullName, PackageLayout.ReferencesFolder, PackageLayout.ReferencesFile),
                ],
                cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                return PackageResult.Failed($"the packaged grader could not compute the references (exit {exitCode}):{Environment.NewLine}{tail}");
            }

            log(tail);
            foreach (var script in new[] { PackageLayout.SetupScript, PackageLayout.RunScript })
            {
                var from = Path.Combine(checkout, PackageLayout.ScriptsFolder, script);
                if (!File.Exists(from))
                {
                    return PackageResult.Failed($"{PackageLayout.ScriptsFolder}/{script} is missing from the checkout");
                }

                File.Copy(from, Path.Combine(staging.FullName, script));
            }

            Zip(staging.FullName, zipPath);
            return PackageResult.Written(zipPath);
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Zip(string folder, string zipPath)
    {
        var full = Path.GetFullPath(zipPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        File.Delete(temporary);
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => (Full: f, Name: Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/')))
                .OrderBy(f => f.Name, StringComparer.Ordinal);
            foreach (var (file, name) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryDate;
                // Unix mode in the high 16 bits (a regular file, 0755 for scripts and apphosts, 0644 otherwise):
                // Gradescope runs run_autograder directly.
                var executable = name is PackageLayout.SetupScript or PackageLayout.RunScript
                    || (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & UnixFileMode.UserExecute) != 0);
                entry.ExternalAttributes = (0x8000 | (executable ? 0x1ED : 0x1A4)) << 16;
                using var input = File.OpenRead(file);
                using var output = entry.Open();
                input.CopyTo(output);
            }
        }

        File.Move(temporary, full, overwrite: true);
    }
}
