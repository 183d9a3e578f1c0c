namespace Hw3.Grader.Reporting;

/// <summary>Makes student-influenced text safe inside Gradescope's markdown: it is shown, never interpreted.</summary>
public static class Markdown
{
    /// <summary>A fenced block that the text cannot close early.</summary>
    public static string Fence(string text)
    {
        var fence = "```";
        while (text.Contains(fence, StringComparison.Ordinal))
        {
            fence += "`";
        }

        return fence + "text\n" + text + "\n" + fence;
    }

    /// <summary>
    /// The text of the <see cref="Fence"/> block that <paramref name="markdown"/> starts with, or null when it does not
    /// start with one. Its exact inverse: the text cannot hold the fence, so the first line holding only the fence closes it.
    /// </summary>
    public static string? Unfence(string markdown)
    {
        var ticks = markdown.TakeWhile(c => c == '`').Count();
        const string info = "text\n";
        if (ticks < 3 || string.CompareOrdinal(markdown, ticks, info, 0, info.Length) != 0)
        {
            return null;
        }

        var fence = new string('`', ticks);
        var start = ticks + info.Length;
        var end = markdown.IndexOf("\n" + fence, start - 1, StringComparison.Ordinal);
        return end < start - 1 ? null : end < start ? "" : markdown[start..end];
    }

    /// <summary>Plain text inside a markdown paragraph: the characters that open emphasis, code, links, HTML or tables are escaped.</summary>
    public static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_[]<>#|~".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
