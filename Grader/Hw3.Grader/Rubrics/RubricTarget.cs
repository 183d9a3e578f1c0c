using Hw3.Grader.AnswerApi;

namespace Hw3.Grader.Rubrics;

/// <summary>A member an item checks, and the references it may match (several = accepted alternative forms).</summary>
public sealed record RubricTarget(AnswerMember Member, IReadOnlyList<string> Accept);
