using System.Reflection;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Loading;
using Hw3.Grader.Runner.Values;

namespace Hw3.Grader.Runner.Invocation;

/// <summary>
/// Runs a compiled <c>./hw3 eval</c> script: the last loaded assembly holds the script class
/// <c>Submission#0</c>, whose <c>&lt;Factory&gt;</c> takes the submission array (slot 0 is the host
/// object, slot 1 this script) and returns a task of the script's value.
/// </summary>
internal sealed class EvaluateHandler(SubmissionLoader loader)
{
    private const string ScriptClass = "Submission#0";
    private const string Factory = "<Factory>";

    public CallResponse Handle(EvaluateRequest request) => new(request.Id, Perform());

    private CallOutcome Perform()
    {
        if (loader.Loaded.Count == 0 || loader.Loaded[^1].GetType(ScriptClass) is not { } script)
        {
            return CallOutcome.Failed(CallStatus.TypeMissing, $"no script was loaded (class {ScriptClass} was not found)");
        }

        if (script.GetMethod(Factory, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) is not { } factory)
        {
            return CallOutcome.Failed(CallStatus.MemberMissing, $"the script has no {Factory} method");
        }

        return CallThread.Run(() => Run(factory), ReturnValueConverter.Lenient);
    }

    private static object? Run(MethodInfo factory)
    {
        var result = factory.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [new object?[2]], null);
        if (result is not Task task)
        {
            return result;
        }

        task.GetAwaiter().GetResult();
        return task.GetType().GetProperty(nameof(Task<object>.Result))?.GetValue(task);
    }
}
