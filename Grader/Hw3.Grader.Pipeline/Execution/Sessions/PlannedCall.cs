using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>One request a session will send: how to build it for a request id, its time limit, how incidents name it, and the member call it performs (null for an eval script).</summary>
internal sealed record PlannedCall(Func<int, Message> Request, TimeSpan Timeout, string Description, MemberCall? Call)
{
    public static PlannedCall Invoke(MemberCall call, TimeSpan timeout) => new(
        id => new InvokeRequest(id, call.TypeName, call.MemberName, call.ParameterTypes, call.Arguments),
        timeout,
        call.Key,
        call);
}
