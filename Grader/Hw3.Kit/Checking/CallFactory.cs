using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Kit.Manifest;

namespace Hw3.Kit.Checking;

/// <summary>Builds calls into the student's code with the signatures the manifest states.</summary>
public sealed class CallFactory(KitManifest manifest)
{
    public MemberCall Call(string memberId, params WireValue[] arguments)
    {
        var member = manifest.Member(memberId);
        return new MemberCall(member.TypeName, member.MemberName, member.ParameterTypes, arguments);
    }

    public MemberCall Call(string memberId, int a, int b) => Call(memberId, WireValue.Of(a), WireValue.Of(b));

    public MemberCall Property(string memberId) => Call(memberId);

    /// <summary>The C# return type of a call's member (<c>double</c>, <c>string</c>, <c>bool</c> …).</summary>
    public string ReturnType(MemberCall call) => manifest.Member($"{call.TypeName}.{call.MemberName}").ReturnType;
}
