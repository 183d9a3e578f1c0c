using Hw3.Grader.SafeText;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Hw3.Grader.Reporting.Terminal;

/// <summary>
/// The one place where text meets the terminal: attached to the console's render pipeline, it passes every segment
/// of everything written (markup, tables, plain lines) through <see cref="TerminalText.MakeVisible"/> after layout,
/// just before the console turns styles into escape codes of its own. Control segments the console itself makes
/// (a progress display moving its cursor) are left alone; no student text is ever one.
/// </summary>
public sealed class SafeTextHook : IRenderHook
{
    public static IAnsiConsole Attach(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Pipeline.Attach(new SafeTextHook());
        return console;
    }

    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new Safe(r));

    private sealed class Safe(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(segment => segment.IsControlCode || segment.IsLineBreak
                ? segment
                : new Segment(TerminalText.MakeVisible(segment.Text), segment.Style));
    }
}
