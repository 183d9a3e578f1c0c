namespace Hw3.Grader.Tests.Reporting;

/// <summary>CommonMark's rule for fenced code: a closing fence is a line of at least as many backticks, indented at most three spaces.</summary>
internal static class MarkdownFences
{
    /// <summary>The block is one fence holding exactly <paramref name="text"/>, and no line of the text closes it early.</summary>
    public static void ShouldFenceWhole(string block, string text)
    {
        var lines = block.Split('\n');
        var opening = lines[0];
        var fence = opening[..opening.TakeWhile(c => c == '`').Count()];
        fence.Length.Should().BeGreaterThanOrEqualTo(3);
        opening.Should().Be(fence + "text");
        lines[^1].Should().Be(fence);
        string.Join("\n", lines[1..^1]).Should().Be(text);
        lines[1..^1].Should().NotContain(line => Closes(line, fence.Length), "no line of the student's text may end the block");
    }

    private static bool Closes(string line, int fenceLength)
    {
        var indent = line.TakeWhile(c => c == ' ').Count();
        if (indent > 3)
        {
            return false;
        }

        var rest = line[indent..];
        var backticks = rest.TakeWhile(c => c == '`').Count();
        return backticks >= fenceLength && rest[backticks..].Trim().Length == 0;
    }
}
