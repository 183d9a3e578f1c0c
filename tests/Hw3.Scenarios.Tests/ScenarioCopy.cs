
namespace Hw3.Scenarios.Tests;

/// <summary>
/// A scenario's submission copied to a temporary folder of the same name, without its expected report,
/// so the report does not depend on whether the golden file exists yet, and without the harness's marker
/// (<see cref="ScenarioFolders.LanguageLayerOffMarker"/>). Links are copied as links; the pipes, devices and
/// sockets its <see cref="SpecialFiles.SetupFileName"/> names are made in the copy.
/// </summary>
public sealed class ScenarioCopy : IDisposable
{
    private readonly string _root;
    private readonly bool _ownsRoot;

    /// <param name="parent">The folder to copy into; by default a fresh temporary folder, removed on <see cref="Dispose"/>.</param>
    public ScenarioCopy(string scenarioFolder, string? parent = null)
    {
        _ownsRoot = parent is null;
        _root = parent ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hw3-scenario-" + Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(_root, new DirectoryInfo(scenarioFolder).Name);
        Copy(new DirectoryInfo(scenarioFolder), Path, top: true);
        SpecialFiles.CreateFromSetup(scenarioFolder, Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        if (!_ownsRoot)
        {
            return;
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }

    private static void Copy(DirectoryInfo source, string destination, bool top)
    {
        Directory.CreateDirectory(destination);
        foreach (var entry in source.EnumerateFileSystemInfos())
        {
            var target = System.IO.Path.Combine(destination, entry.Name);
            if (top && entry.Name is ScenarioFolders.ExpectedFileName or SpecialFiles.SetupFileName or ScenarioFolders.LanguageLayerOffMarker)
            {
                continue;
            }

            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(target, link);
            }
            else if (entry is DirectoryInfo directory)
            {
                Copy(directory, target, top: false);
            }
            else
            {
                File.Copy(entry.FullName, target);
            }
        }
    }
}
