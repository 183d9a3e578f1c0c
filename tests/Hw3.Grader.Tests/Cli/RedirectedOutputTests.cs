using Hw3.Grader.Cli;
using Spectre.Console;

namespace Hw3.Grader.Tests.Cli;

public sealed class RedirectedOutputTests
{
    private static readonly string LongLine = string.Join(' ', Enumerable.Range(0, 60).Select(i => "word" + i));

    [Fact]
    public void Output_to_a_file_is_not_wrapped_at_80_columns()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No });

        RedirectedOutput.Unwrapped(console, redirected: true).MarkupLine(Markup.Escape(LongLine));

        writer.ToString().TrimEnd().Should().Be(LongLine);
    }

    [Fact]
    public void Without_the_fix_the_same_line_would_be_wrapped()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No });

        RedirectedOutput.Unwrapped(console, redirected: false).MarkupLine(Markup.Escape(LongLine));

        writer.ToString().TrimEnd().Should().Contain("\n", "this is what a redirected batch log used to look like");
    }
}
