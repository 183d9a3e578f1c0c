using Spectre.Console;

namespace Hw3.Grader.Cli;

/// <summary>
/// Spectre.Console lays text out for 80 columns when the output is not a terminal, so a log or a file read later
/// gets lines broken mid-sentence (a compile error, a path, a table row). Redirected output is laid out this wide
/// instead: wider than any line the grader writes (student text is capped far below it), so nothing wraps, yet a
/// finite width for the few renderers that size themselves by it.
/// </summary>
public static class RedirectedOutput
{
    public const int Width = 4096;

    public static IAnsiConsole Unwrapped(IAnsiConsole console, bool redirected)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (redirected)
        {
            console.Profile.Width = Width;
        }

        return console;
    }
}
