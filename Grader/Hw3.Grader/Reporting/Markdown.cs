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
