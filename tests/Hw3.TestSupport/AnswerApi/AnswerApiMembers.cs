using Hw3.Grader.AnswerApi;

namespace Hw3.TestSupport.AnswerApi;

/// <summary>The grader's frozen answer API (<see cref="AnswerApiCatalog"/>), as the template and every sample must spell it.</summary>
public static class AnswerApiMembers
{
    public static IReadOnlyList<AnswerApiMember> All { get; } = [.. AnswerApiCatalog.Members.Select(AnswerApiMember.From)];

    public static IEnumerable<object[]> Ids => All.Select(m => new object[] { m.Id });

    public static AnswerApiMember Get(string id) =>
        All.SingleOrDefault(m => m.Id == id) ?? throw new KeyNotFoundException($"'{id}' is not in the answer API");
}
