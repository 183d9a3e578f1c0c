using Hw3.Grader.Execution;

namespace Hw3.Grader.Grading;

/// <summary>The calls that run together, after every answer of the more visible groups: those first needed by items of one <see cref="Visibility"/>.</summary>
public sealed record CallGroup(string Visibility, IReadOnlyList<(MemberCall Call, TimeSpan Timeout)> Calls);
