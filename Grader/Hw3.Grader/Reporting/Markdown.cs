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
}
