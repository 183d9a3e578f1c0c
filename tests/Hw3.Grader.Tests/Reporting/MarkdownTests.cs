using Hw3.Grader.Reporting;

namespace Hw3.Grader.Tests.Reporting;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("plain text")]
    [InlineData("")]
    [InlineData("```")]
    [InlineData("a\n```\nb")]
    [InlineData("````\n```\n`````")]
    [InlineData("  ```  \n```text")]
    [InlineData("ends with a backtick`")]
    public void A_fence_holds_the_text_whole(string text)
    {
        MarkdownFences.ShouldFenceWhole(Markdown.Fence(text), text);
    }

    [Fact]
    public void Text_without_backtick_runs_gets_the_shortest_fence()
    {
        Markdown.Fence("x").Should().Be("```text\nx\n```");
    }
}
