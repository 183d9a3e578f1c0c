using System.Globalization;
using System.Text;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Reporting.Student;

/// <summary>
/// What a student sees after <c>check</c>: the root cause first (a class declared in the wrong place, or each compile error once
/// with its line and a caret, then one line that nothing else was checked), else one line per item and one actionable
/// sentence per failing item, the student's own output, the visible score and what is graded after submission.
/// Renders the report model only, never an item's details (they may name an expected value): a failing item is told its
/// finding (the call, what came back, the known mistake or the property a right answer has). Plain text, invariant culture,
/// stable order: the same report gives the same text. Control characters are the caller's to make visible.
/// </summary>
public static class StudentCheckPrinter
{
    /// <summary>At most this many lines of the student's own output are shown (a check is read, not scrolled).</summary>
    public const int MaxOutputLines = 40;

    /// <summary>And at most this many characters of it.</summary>
    public const int MaxOutputChars = 4_000;

    public static string Render(StudentCheck check)
    {
        var text = new StringBuilder();
        var report = check.Report;
        Line(text, $"Checking {report.SubmissionName}: {report.RubricTitle}, the items you can check before the due date.");
        Line(text);

        if (check.LayoutProblems.Count > 0 || report.Status is SubmissionStatus.CompileError or SubmissionStatus.CompilerFailed or SubmissionStatus.NoSource)
        {
            WriteNothingRan(text, check);
            WriteLater(text, check);
            return text.ToString();
        }

        var checkedItems = report.Items.Where(i => !i.IsForStaff).ToList();
        var width = checkedItems.Count == 0 ? 0 : checkedItems.Max(i => i.Id.Length);
        foreach (var item in checkedItems)
        {
            var mark = item.Status switch
            {
                ItemStatus.Passed => "✓",
                ItemStatus.Partial => "◐",
                _ => "✗",
            };
            Line(text, $"{mark} {item.Id.PadRight(width)}  {Points(item.Score)} / {Points(item.MaxScore)}  {item.Title}");
            if (item.Status != ItemStatus.Passed)
            {
                Line(text, "    " + Sentence(item));
                if (item.Finding?.Call is { } call)
                {
                    Line(text, "    the call: " + call);
                }
            }
        }

        foreach (var note in report.Notes)
        {
            Line(text, "note: " + note);
        }

        WriteOutput(text, report);
        Line(text);
        var passed = checkedItems.Count(i => i.Status == ItemStatus.Passed);
        Line(text, $"Score on what can be checked now: {Points(checkedItems.Sum(i => i.Score))} / {Points(checkedItems.Sum(i => i.MaxScore))} points " +
                   $"({passed} of {checkedItems.Count} {(checkedItems.Count == 1 ? "item" : "items")} right).");
        WriteLater(text, check);
        return text.ToString();
    }

    /// <summary>One sentence a student can act on: what happened, then the known mistake it matches, else the property a right answer has.</summary>
    public static string Sentence(ItemResult item)
    {
        var finding = item.Finding;
        var what = finding?.Outcome ?? $"{item.Title}: {item.Reason}";
        var advice = finding?.KnownMistake ?? finding?.Property;
        return advice is null ? EndSentence(what) : $"{what}: {EndSentence(LowerFirst(advice, what))}";
    }

    private static void WriteNothingRan(StringBuilder text, StudentCheck check)
    {
        var errors = DiagnosticQuote.ErrorsOnce(check.Report.Diagnostics);
        if (check.LayoutProblems.Count > 0)
        {
            // A class declared twice makes every call to it ambiguous: listing those errors would bury their cause.
            foreach (var problem in check.LayoutProblems)
            {
                Line(text, "✗ " + problem);
            }

            if (errors.Count > 0)
            {
                Line(text, $"Fix this first: it can cause all {errors.Count} of the compile {(errors.Count == 1 ? "error" : "errors")}, which are not listed here.");
            }

            Line(text);
            Line(text, "Nothing else was checked: fix this and check again.");
            Line(text);
            return;
        }

        foreach (var error in errors)
        {
            Line(text, error.ToString());
            foreach (var quoted in DiagnosticQuote.SourceLines(check.Sources.FirstOrDefault(f => f.Name == error.File)?.Text, error))
            {
                Line(text, quoted);
            }
        }

        if (errors.Count == 0)
        {
            Line(text, check.Report.Summary);
        }

        Line(text);
        Line(text, errors.Count > 0
            ? "Nothing else was checked: your file has to compile first. Fix the errors above and check again."
            : "Nothing else was checked.");
        Line(text);
    }

    private static void WriteOutput(StringBuilder text, GradeReport report)
    {
        if (report.StudentOutput.Length == 0)
        {
            return;
        }

        var output = report.StudentOutput.Length > MaxOutputChars ? report.StudentOutput[..MaxOutputChars] : report.StudentOutput;
        var lines = output.TrimEnd('\n').Split('\n');
        var shown = lines.Take(MaxOutputLines).ToList();
        var cut = lines.Length > shown.Count || output.Length < report.StudentOutput.Length || report.StudentOutputDroppedBytes > 0;
        Line(text);
        Line(text, cut
            ? $"Your code printed this (Console output; the first {shown.Count} lines are shown):"
            : "Your code printed this (Console output):");
        foreach (var line in shown)
        {
            Line(text, "  | " + line.TrimEnd('\r'));
        }
    }

    private static void WriteLater(StringBuilder text, StudentCheck check)
    {
        var staff = check.Report.Items.Where(i => i.IsForStaff).ToList();
        if (check.GradedLater.Count == 0 && staff.Count == 0)
        {
            return;
        }

        var parts = new List<string>();
        if (check.GradedLater.Count > 0)
        {
            parts.Add(string.Join("; ", check.GradedLater));
        }

        if (staff.Count > 0)
        {
            parts.Add($"your free-text answers ({Points(staff.Sum(i => i.ManualPoints))} points, read by staff)");
        }

        Line(text, "Graded after submission, not checked here: " + string.Join("; and ", parts) + ".");
    }

    private static string LowerFirst(string advice, string what)
    {
        // "…returned 0.5: your scale…" reads as one sentence; a first word that is a name (ScaledMLP, Q1, ∇F) keeps its capital.
        var firstWord = advice.Split(' ', 2)[0];
        return what.Length > 0 && firstWord.Length > 1 && char.IsUpper(firstWord[0]) && firstWord.Skip(1).All(char.IsLower)
            ? char.ToLowerInvariant(advice[0]) + advice[1..]
            : advice;
    }

    private static string EndSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' ? text : text + ".";

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
