using Hw3.Grader.Reporting;
using Hw3.Grader.Reporting.Terminal;
using Hw3.Grader.SafeText;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Hw3.Grader.Tests.Reporting;

public sealed class TerminalTextTests
{
    private const string ClearScreen = "\u001b[2J\u001b[H";
    private const string Clipboard = "\u001b]52;c;cm0gLXJmIH4K\u0007";

    [Fact]
    public void Plain_text_line_feeds_and_tabs_pass_unchanged()
    {
        TerminalText.MakeVisible("fan-in\n\tσ² → ∞").Should().Be("fan-in\n\tσ² → ∞");
    }

    [Theory]
    [InlineData("\u001b[2Jx", "␛[2Jx")]
    [InlineData("\u001b]52;c;ZQ==\u0007", "␛]52;c;ZQ==␇")]
    [InlineData("row\rfake", "row␍fake")]
    [InlineData("ab\b\bcd", "ab␈␈cd")]
    [InlineData("del\u007f", "del␡")]
    [InlineData("c1 csi \u009b31m", "c1 csi �31m")]
    [InlineData("bidi \u202eexe.cs", "bidi �exe.cs")]
    public void Control_characters_are_made_visible_instead_of_acting(string text, string shown)
    {
        TerminalText.MakeVisible(text).Should().Be(shown);
    }

    [Fact]
    public void Everything_written_to_a_console_with_the_hook_reaches_it_without_a_control_character()
    {
        var item = SampleReports.Partial with { Reason = "answered " + ClearScreen, Details = "threw: \r" + Clipboard };
        var report = SampleReports.Report(item) with
        {
            SubmissionName = "evil" + ClearScreen,
            Notes = ["x\u001b[1A.cs is a symbolic link"],
            Diagnostics = [new Hw3.Grader.Protocol.Messages.CompileDiagnostic("Hw3.cs", 3, 1, "CS1029", Hw3.Grader.Protocol.Messages.CompileSeverity.Error, "#error: " + ClearScreen + "All tests passed")],
        };
        using var console = new TestConsole().Width(200);
        SafeTextHook.Attach(console);

        TerminalReport.Write(console, report, showDetails: true);
        console.WriteLine("printed " + Clipboard);

        console.Output.Where(c => c < ' ' && c is not '\n' and not '\t').Should().BeEmpty();
        console.Output.Should().Contain("evil␛[2J␛[H").And.Contain("␛]52;c;").And.Contain("#error: ␛[2J");
    }

    [Fact]
    public void The_command_line_console_gets_the_hook()
    {
        using var console = new TestConsole();

        Program.CreateApp(console);

        console.Pipeline.Process(new Spectre.Console.Rendering.RenderOptions(console.Profile.Capabilities, new Spectre.Console.Size(80, 25)), [new Spectre.Console.Text("a\u001bb")])
            .Single().Render(new Spectre.Console.Rendering.RenderOptions(console.Profile.Capabilities, new Spectre.Console.Size(80, 25)), 80)
            .Select(s => s.Text).Should().Contain("a␛b");
    }
}
