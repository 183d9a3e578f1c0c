using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Reporting;

/// <summary>Grade reports built by hand: one item of each status, fractional points, student text in the details.</summary>
internal static class SampleReports
{
    public static ItemResult Passed { get; } = new(
        "q1a.rms", "1(a) E[RMS(Wx)²] at initialisation", 2, 2, ItemStatus.Passed, "correct on all 15 inputs",
        "✓ Q1.ExpectedRmsSquaredAtInit(int d1, int d2) : double on 15 inputs: correct.", Visibility.Visible, 0, [], []);

    public static ItemResult Partial { get; } = new(
        "q1b.rms", "1(b) E[RMS(y')²] of the sign update", 1.5, 3, ItemStatus.Partial, "right growth, wrong constant",
        "◐ Q1.ExpectedSignUpdateRmsSquared\nHint: Right growth in d1, but E[|x_i||x_j|] for i ≠ j is not 1.", Visibility.Visible, 0, ["d1-squared"], []);

    public static ItemResult Hidden { get; } = new(
        "q5.general", "5 the cost model on other networks", 0.25, 3, ItemStatus.Partial, "wrong value",
        "✗ Q5.ForwardOps", Visibility.AfterDueDate, 0, [], []);

    public static ItemResult Manual { get; } = new(
        "q1c", "1(c) why only d1 matters", 0, 0, ItemStatus.Manual, "for staff: 1 of 1 answers collected",
        "Staff grade this item by hand (2 points); the autograder only collects your answer.\nQ1.WhyOnlyFanInMatters: Rank one.",
        Visibility.Visible, 2, [], [new ManualAnswer("Q1.WhyOnlyFanInMatters", "Rank one.")]);

    public static GradeReport Report(params ItemResult[] items) => new(
        "perfect",
        new string('a', 64),
        "EECS 182 Homework 3",
        new string('b', 64),
        "0.1.0",
        182003,
        SubmissionStatus.Graded,
        "Compiled and graded.",
        ["Ignored (not C# source): notes.txt"],
        [new CompileDiagnostic("Hw3.cs", 3, 7, "CS0168", CompileSeverity.Warning, "The variable 'x' is declared but never used")],
        items.Length > 0 ? items : [Passed, Partial, Hidden, Manual],
        "hello from the student\n",
        0,
        TimeSpan.FromSeconds(1.2345));
}
