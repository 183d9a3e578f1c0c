using System.Globalization;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.SafeText;
using Hw3.Grader.Submissions;
using Hw3.Kit.Checking;

namespace Hw3.Kit.Printing;

/// <summary>
/// What the student reads: compile errors once each with their source line and a caret, or one line per visible
/// item; the student's own output, marked as theirs; the visible result and what is graded after submission.
/// Everything that came from the student's file passes <see cref="TerminalText"/> (no escape sequence acts).
/// </summary>
public sealed class KitPrinter(TextWriter output, string launcher)
{
    private const int MaxErrorsShown = 10;
    private const int MaxOutputChars = 4000;

    public void Print(KitRun run, SubmissionSource source)
    {
        output.WriteLine($"Checking {Safe(run.SubmissionName)}");
        foreach (var note in run.Notes)
        {
            output.WriteLine("note: " + Safe(note));
        }

        if (run.CompileFailure is not null)
        {
            PrintCompileErrors(run, source);
            return;
        }

        output.WriteLine();
        var width = run.Items.Max(i => i.Item.Id.Length);
        foreach (var result in run.Items)
        {
            var mark = result.Verdict.Passed ? "ok  " : "FAIL";
            output.WriteLine($"{mark}  {result.Item.Id.PadRight(width)}  {Safe(result.Item.Title)}");
            if (!result.Verdict.Passed)
            {
                output.WriteLine(new string(' ', 8 + width) + Safe(result.Verdict.Message));
            }
        }

        if (run.StudentOutput.Length > 0)
        {
            output.WriteLine();
            output.WriteLine("--- what your code printed (Console output; shown here only) ---");
            var shown = run.StudentOutput.Length > MaxOutputChars ? run.StudentOutput[..MaxOutputChars] : run.StudentOutput;
            output.WriteLine(Safe(shown).TrimEnd('\n'));
            if (run.StudentOutput.Length > MaxOutputChars || run.DroppedOutputBytes > 0)
            {
                output.WriteLine("--- (cut: your code printed more) ---");
            }
            else
            {
                output.WriteLine("--- end of your output ---");
            }
        }

        var passed = run.Items.Count(i => i.Verdict.Passed);
        var points = run.Items.Where(i => i.Verdict.Passed).Sum(i => i.Item.Points);
        var total = run.Items.Sum(i => i.Item.Points);
        output.WriteLine();
        output.WriteLine($"{passed} of {run.Items.Count} items pass the kit's checks ({Number(points)} of {Number(total)} points, if they pass when graded too).");
        output.WriteLine("The kit checks properties of your answers, not the answers themselves: the graded checks are stricter (see README.md).");
        if (run.GradedAfterSubmission.Count > 0)
        {
            output.WriteLine("Graded after submission: " + string.Join("; ", run.GradedAfterSubmission) + ".");
        }

        output.WriteLine($"Try a call yourself: {launcher} eval {Quote(run.SubmissionName)} \"Q1.InitScale(16, 4)\"");
    }

    private void PrintCompileErrors(KitRun run, SubmissionSource source)
    {
        output.WriteLine();
        output.WriteLine(Safe(run.CompileFailure!.TrimEnd('.')) + ".");
        var errors = DiagnosticQuote.ErrorsOnce(run.Diagnostics);
        foreach (var error in errors.Take(MaxErrorsShown))
        {
            output.WriteLine();
            output.WriteLine(Safe(error.ToString()));
            foreach (var quoted in DiagnosticQuote.SourceLines(source.Files.FirstOrDefault(f => f.Name == error.File)?.Text, error))
            {
                output.WriteLine(Safe(quoted));
            }
        }

        if (errors.Count > MaxErrorsShown)
        {
            output.WriteLine();
            output.WriteLine($"… and {errors.Count - MaxErrorsShown} more errors; fix these first.");
        }

        output.WriteLine();
        output.WriteLine("Nothing else was checked: fix the errors above and run the check again.");
    }

    private static string Quote(string name) => name.Contains(' ', StringComparison.Ordinal) ? "\"" + Safe(name) + "\"" : Safe(name);

    private static string Safe(string text) => TerminalText.MakeVisible(text);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
