using System.Text;

namespace Hw3.Grader.SafeText;

/// <summary>
/// Text as it may reach a terminal: every control character is made visible instead of acting. Student text
/// (answers, exception messages, #error text, file names, printed output) could otherwise clear the screen, draw
/// fake rows (carriage return, backspace, cursor moves), set the window title or write the clipboard (OSC 52),
/// ring the bell, or reorder what follows (bidirectional overrides). C0 controls become their Unicode control
/// pictures (ESC reads as ␛, so an escape sequence shows as ␛[2J), DEL becomes ␡, C1 controls (an 8-bit CSI
/// is one) and bidirectional overrides become U+FFFD. Line feeds and tabs stay: they lay text out, nothing more.
/// </summary>
public static class TerminalText
{
    /// <param name="keepLayout">Whether line feeds and tabs stay (the grader's own text); a file name shows them too.</param>
    public static string MakeVisible(string text, bool keepLayout = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = keepLayout ? IndexOfUnsafe(text) : 0;
        if (first < 0)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        safe.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            safe.Append(IsUnsafe(c) || (!keepLayout && c is '\n' or '\t') ? Picture(c) : c);
        }

        return safe.ToString();
    }

    public static bool IsUnsafe(char c) => c switch
    {
        '\n' or '\t' => false,
        < ' ' => true,
        >= '\u007F' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static char Picture(char c) => c switch
    {
        < ' ' => (char)('\u2400' + c),
        '\u007F' => '\u2421',
        _ => '\uFFFD',
    };
}
