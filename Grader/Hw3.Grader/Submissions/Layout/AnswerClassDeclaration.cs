namespace Hw3.Grader.Submissions.Layout;

/// <summary>Where a student file declares one of the answer classes (<c>Q1</c> … <c>Q6</c>).</summary>
/// <param name="Container">The namespace or type it sits in (<c>namespace Hw3</c>), or null at the top of the file, where the grader looks.</param>
public sealed record AnswerClassDeclaration(string TypeName, string File, int Line, bool IsPartial, string? Container);
