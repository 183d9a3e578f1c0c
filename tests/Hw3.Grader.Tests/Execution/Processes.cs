using System.Globalization;
using System.Text.RegularExpressions;

namespace Hw3.Grader.Tests.Execution;

/// <summary>Whether a process is gone, read from /proc (a zombie waiting for its reaper counts as gone).</summary>
internal static partial class Processes
{
    public static async Task<bool> IsGoneSoonAsync(int pid)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            if (IsGone(pid))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>The pid a <c>Bad.Spawn…</c> member printed.</summary>
    public static int SpawnedPid(string output) =>
        int.Parse(Spawned().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);

    private static bool IsGone(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var state = stat[stat.LastIndexOf(')') + 2];
            return state is 'Z' or 'X';
        }
        catch (IOException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"spawned (\d+)")]
    private static partial Regex Spawned();
}
