using System.Globalization;

namespace Hw3.Scenarios.Tests.Hostile;

/// <summary>
/// What a graded submission could leave behind: runner processes still alive (started by this test process,
/// or orphaned), and files that appeared in the watched places: the submissions, the rubric, the runner's
/// build folder, /autograder, and the names the corpus writes in /tmp. (Other test projects and editors
/// may create files elsewhere in the checkout and /tmp at the same time, so those are not watched whole.)
/// </summary>
public static class LeftBehind
{
    private static readonly string[] CorpusTempNames = ["results.json", "pwned", "autograder", "results"];

    /// <summary>
    /// What the command line of a process the corpus starts carries: the runner's name, or the marker every helper a
    /// runtime attack tries to start has in its arguments (a setsid shell, a forked holder of the runner's pipes).
    /// </summary>
    private static readonly string[] CorpusProcessMarkers = ["Hw3.Grader.Runner", "hw3-hostile-helper"];

    /// <summary>Processes whose command line names the runner or a corpus helper (only those of this grading: none other should be alive).</summary>
    public static IReadOnlyList<string> RunnerProcesses()
    {
        var found = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(directory);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var state = stat[stat.LastIndexOf(')') + 2];
                if (CorpusProcessMarkers.Any(marker => commandLine.Contains(marker, StringComparison.Ordinal)) && state is not ('Z' or 'X') && IsOursOrOrphaned(name))
                {
                    found.Add(name + ": " + commandLine.Trim());
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    /// <summary>Every file and folder under the watched places.</summary>
    public static HashSet<string> Snapshot()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        Walk(Path.Combine(Repository.Root, "Submissions"), paths, skip: _ => false);
        Walk(Path.Combine(Repository.Root, "rubrics"), paths, skip: _ => false);
        Walk(Path.Combine(Repository.Root, "artifacts", "bin", "Hw3.Grader.Runner"), paths, skip: _ => false);
        Walk("/autograder", paths, skip: _ => false);
        Walk(Path.GetTempPath(), paths, skip: name => !CorpusTempNames.Contains(name, StringComparer.Ordinal), depth: 1);
        return paths;
    }

    /// <summary>Started (through any chain of parents) by this test process, or left to init.</summary>
    private static bool IsOursOrOrphaned(string pid)
    {
        var own = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        for (var current = pid; current is not ("0" or ""); current = ParentOf(current))
        {
            if (current == own)
            {
                return true;
            }

            if (ParentOf(current) == "1")
            {
                return current == pid;
            }
        }

        return false;
    }

    private static string ParentOf(string pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
            return line?["PPid:".Length..].Trim() ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static void Walk(string root, HashSet<string> paths, Func<string, bool> skip, int depth = int.MaxValue)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        try
        {
            foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
            {
                if (skip(entry.Name))
                {
                    continue;
                }

                paths.Add(entry.FullName);
                if (entry is DirectoryInfo { LinkTarget: null } folder && depth > 1)
                {
                    Walk(folder.FullName, paths, skip, depth - 1);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder another process is changing; what it holds is not ours.
        }
    }
}
