using Hw3.Grader.SafeText;

namespace Hw3.Grader.Submissions.Files;

/// <summary>
/// A submission's file names as the grader shows them. A name is the student's text too: a line feed in it started a
/// fake line on the TA's terminal (the terminal filter keeps line feeds, which lay out the grader's own text), and a
/// name that is not valid UTF-8 reaches .NET with U+FFFD in it and cannot be opened by that name.
/// </summary>
public static class FileNameText
{
    /// <summary>The name with every control character (line feed and tab included) shown as its Unicode picture.</summary>
    public static string Shown(string name) => TerminalText.MakeVisible(name, keepLayout: false);

    /// <summary>Why the grader will not read a file by this name, or null when the name is fine.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return "its name is not valid UTF-8, so it was not read; rename it";
        }

        return Shown(name) == name ? null : "its name holds control characters, so it was not read; rename it";
    }
}
