using Hw3.Grader.Grading;

namespace Hw3.Grader.Reporting.Student;

/// <summary>
/// Everything <see cref="StudentCheckPrinter"/> renders, and nothing that holds an answer: the report of the items a student
/// may see before the due date, the titles of the items graded after submission, the student's own files (to quote a line
/// under a compile error) and the problems with how the answer classes are declared (said once, before anything else).
/// </summary>
/// <param name="Report">The report of the checked items only (the rubric filtered to what is visible before the due date).</param>
/// <param name="GradedLater">Titles of the items not checked now (hidden, after the due date, or guessable), in rubric order.</param>
/// <param name="Sources">The student's files, by the names the compile errors use.</param>
/// <param name="LayoutProblems">Each a sentence naming the file and line of every declaration (a class missing, in a namespace, declared twice).</param>
public sealed record StudentCheck(
    GradeReport Report,
    IReadOnlyList<string> GradedLater,
    IReadOnlyList<StudentSource> Sources,
    IReadOnlyList<string> LayoutProblems);
