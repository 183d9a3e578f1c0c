using Hw3.Grader.Execution;

namespace Hw3.Grader.Grading;

/// <summary>The calls that run in runners of their own: those first needed by items of one <see cref="Visibility"/>.</summary>
public sealed record CallGroup(string Visibility, IReadOnlyList<(MemberCall Call, TimeSpan Timeout)> Calls);
