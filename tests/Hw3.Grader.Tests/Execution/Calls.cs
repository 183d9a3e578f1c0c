using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Tests.Execution;

/// <summary>Shorthand for the member calls the tests make.</summary>
internal static class Calls
{
    /// <summary>Generous, for calls that return at once even on a busy machine.</summary>
    public static readonly TimeSpan Ample = TimeSpan.FromSeconds(20);

    /// <summary>Short, for calls that never return.</summary>
    public static readonly TimeSpan Short = TimeSpan.FromSeconds(1);

    public static MemberCall Method(string type, string member, params (string Type, WireValue Value)[] parameters) =>
        new(type, member, parameters.Select(p => p.Type).ToArray(), parameters.Select(p => p.Value).ToArray());

    public static MemberCall Value(string type, string member) => new(type, member, null, []);

    public static Task<CallOutcome> Call(this IRunnerSession session, MemberCall call) =>
        session.InvokeAsync(call, Ample, CancellationToken.None);

    public static Task<CallOutcome> Call(this IRunnerSession session, MemberCall call, TimeSpan timeout) =>
        session.InvokeAsync(call, timeout, CancellationToken.None);
}
