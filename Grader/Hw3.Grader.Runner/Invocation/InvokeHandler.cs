using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Loading;
using Hw3.Grader.Runner.Resolution;
using Hw3.Grader.Runner.Values;

namespace Hw3.Grader.Runner.Invocation;

/// <summary>Performs one <see cref="InvokeRequest"/>: find the member, build the arguments, call, convert.</summary>
internal sealed class InvokeHandler(SubmissionLoader loader)
{
    public CallResponse Handle(InvokeRequest request) => new(request.Id, Perform(request));

    private CallOutcome Perform(InvokeRequest request)
    {
        var type = TypeResolver.Find(loader.Loaded, request.TypeName);
        if (type.Value is null)
        {
            return type.Failure!;
        }

        var member = MemberResolver.Resolve(type.Value, request.TypeName, request.MemberName, request.ParameterTypes);
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
}
