using System.Globalization;

namespace Hw3.Grader.Grading;

/// <summary>
/// The line a TA pastes to reproduce a failing call: <c>./hw3 eval 'Submissions/x/Hw3.cs' "Q1.InitScale(16, 4)"</c>, with
/// the path the submission was graded from. Staff-only output (the terminal of <c>hw3 grade</c> and <c>hw3 batch</c>'s
/// staff files): students have neither the command nor the path, so their feedback shows the expression alone.
/// </summary>
public static class StaffReproduction
{
    public static string Line(string submissionPath, string expression) =>
        string.Create(CultureInfo.InvariantCulture, $"Reproduce: ./hw3 eval {ShellQuote(submissionPath)} {ShellQuote(expression)}");

    /// <summary>Single quotes unless the text is plainly safe for a POSIX shell (a quote inside is closed, escaped and reopened).</summary>
    public static string ShellQuote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
