using Hw3.Grader.AnswerApi;

namespace Hw3.Grader.Rubrics;

/// <summary>
/// What every member of a kind's items must be, e.g. "a string property". The loader checks it before the kind's own
/// validation and names the first member that does not fit.
/// </summary>
/// <param name="Description">Completes "a choice check needs …".</param>
public sealed record MemberShape(Func<AnswerMember, bool> Fits, string Description)
{
    public static MemberShape Any { get; } = new(_ => true, "any member of the answer API");
}
