using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Loading;
using Hw3.Grader.Runner.Resolution;
using Hw3.Grader.Runner.Values;

namespace Hw3.Grader.Runner.Invocation;

/// <summary>Performs one <see cref="InvokeRequest"/>: find the member, build the arguments, call, convert.</summary>
internal sealed class InvokeHandler(SubmissionLoader loader)
{
    /// <summary>
    /// What each (type, member, parameter types) resolved to, found or not: a submission's calls name the same
    /// few dozen members hundreds of times. Per set of loaded assemblies (an eval script loaded later may
    /// add types), so an answer never depends on what was asked before. Keyed by a class, not a value tuple: a
    /// dictionary over a class shares the framework's precompiled code, one over a tuple of four is JIT-compiled in
    /// every runner (about twenty methods).
    /// </summary>
    private readonly Dictionary<MemberKey, Resolution<ResolvedMember>> _resolved = [];

    public CallResponse Handle(InvokeRequest request) => new(request.Id, Perform(request));

    private CallOutcome Perform(InvokeRequest request)
    {
        var member = Resolve(request);
        if (member.Value is null)
        {
            return member.Failure!;
        }

        object?[] arguments;
        try
        {
            arguments = ArgumentBinder.Bind(request.Arguments ?? [], member.Value.ParameterTypes);
        }
        catch (ArgumentBindingException e)
        {
            return CallOutcome.Failed(CallStatus.Threw, "the grader could not pass the arguments: " + e.Message, nameof(ArgumentBindingException));
        }
        catch (OverflowException e)
        {
            return CallOutcome.Failed(CallStatus.Threw, "the grader could not pass the arguments: " + e.Message, nameof(ArgumentBindingException));
        }

        var invoke = member.Value.Invoke;
        return CallThread.Run(() => invoke(arguments), ReturnValueConverter.Strict);
    }

    private Resolution<ResolvedMember> Resolve(InvokeRequest request)
    {
        var key = new MemberKey(loader.Loaded.Count, request.TypeName, request.MemberName, request.ParameterTypes is { } types ? string.Join('\n', types) : null);
        if (!_resolved.TryGetValue(key, out var member))
        {
            var type = TypeResolver.Find(loader.Loaded, request.TypeName);
            member = type.Value is null
                ? new Resolution<ResolvedMember>(null, type.Failure)
                : MemberResolver.Resolve(type.Value, request.TypeName, request.MemberName, request.ParameterTypes);
            _resolved[key] = member;
        }

        return member;
    }

    private sealed record MemberKey(int Loaded, string Type, string Member, string? Parameters);
}
