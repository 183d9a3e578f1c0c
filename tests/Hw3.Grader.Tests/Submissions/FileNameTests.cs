using Hw3.Grader.Submissions;
using Hw3.Grader.Submissions.Files;

namespace Hw3.Grader.Tests.Submissions;

/// <summary>A file's name is the student's text: it never lays out the grader's output and never reaches the compiler unreadable.</summary>
public sealed class FileNameTests : IDisposable
{
    private const string Q1 = "public static class Q1 { public static double InitScale(int d1, int d2) => 1 / System.Math.Sqrt(d1); }\n";

    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("a\nb.cs", "a␊b.cs")]
    [InlineData("tab\there.cs", "tab␉here.cs")]
    [InlineData("clear\u001b[2J.cs", "clear␛[2J.cs")]
    [InlineData("csi\u009b2J.cs", "csi\ufffd2J.cs")]
    [InlineData("plain name (1).cs", "plain name (1).cs")]
    public void Control_characters_in_a_name_are_shown_as_pictures_line_feeds_included(string name, string shown)
    {
        FileNameText.Shown(name).Should().Be(shown);
    }

    [Fact]
    public void A_source_file_whose_name_starts_a_new_line_is_named_once_and_not_read()
    {
        _temp.Write("Hw3.cs", Q1);
        _temp.Write("fake\nnote: all tests passed.cs", "this is not C#");
        _temp.Write("notes\n.txt", "ignored");

        var source = SubmissionLoader.Load(_temp.Path).Should().BeOfType<SubmissionLoadResult.Loaded>().Which.Source;

        source.Files.Select(f => f.Name).Should().Equal("Hw3.cs");
        source.Problems.Should().Equal("fake␊note: all tests passed.cs: its name holds control characters, so it was not read; rename it");
        source.Ignored.Should().Equal("notes␊.txt");
        source.Problems.Concat(source.Ignored).Should().NotContain(text => text.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_that_is_not_valid_utf8_is_said_to_be_so()
    {
        FileNameText.Problem("caf\ufffd.cs").Should().Be("its name is not valid UTF-8, so it was not read; rename it");
        FileNameText.Problem("café.cs").Should().BeNull();
    }
}
