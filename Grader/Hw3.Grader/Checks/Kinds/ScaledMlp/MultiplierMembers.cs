using Hw3.Grader.AnswerApi;

namespace Hw3.Grader.Checks.Kinds.ScaledMlp;

/// <summary>Which ScaledMLP rule each member of the answer API gives: the one place a scaledmlp item learns its members' roles.</summary>
public static class MultiplierMembers
{
    public const string Forward = "Q2.ScaledForwardMultiplier";
    public const string Init = "Q2.ScaledInitMultiplier";

    public static IReadOnlyList<string> Names { get; } = [Forward, Init];

    public static bool IsForward(AnswerMember member) => member.Id == Forward;

    public static bool IsMultiplier(AnswerMember member) => Names.Contains(member.Id);
}
