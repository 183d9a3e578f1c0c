namespace Hw3.Grader.Grading;

/// <summary>
/// What a student may be told about an item that did not pass, in parts a printer puts into one sentence. Never the
/// expected value: student-facing printers (Reporting/Student) read this and the item's reason, never
/// <see cref="ItemResult.Details"/>, which may name an expected value where the rubric says <c>showExpected</c>.
/// </summary>
/// <param name="Call">The call that went wrong as a C# expression (<c>Q1.InitScale(64, 256)</c>), when one call shows it.</param>
/// <param name="Outcome">What happened, as a sentence that names the call: <c>Q1.InitScale(64, 256) returned 0.0039</c>.</param>
/// <param name="KnownMistake">The rubric's message for a known mistake the answer matches.</param>
/// <param name="Property">The rubric's <c>feedback</c> for the item: the property a right answer has.</param>
public sealed record StudentFinding(string? Call, string? Outcome, string? KnownMistake, string? Property);
